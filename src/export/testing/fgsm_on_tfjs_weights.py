"""Attacks a TF.js-trained tiny model with an exported script's own FGSM, for the cross-framework test.

Usage: python3 fgsm_on_tfjs_weights.py EXPORTED_SCRIPT.py CASE.json
CASE.json holds the TF.js model's weights (getWeights order: conv1 kernel and bias, conv2 kernel and
bias, dense kernel and bias), the test images (n x 784 in [0, 1]), their labels and the epsilons.
Prints the accuracy at each epsilon as a JSON list.
"""
import importlib.util
import json
import sys

import numpy as np
import torch

spec = importlib.util.spec_from_file_location('exported', sys.argv[1])
exported = importlib.util.module_from_spec(spec)
spec.loader.exec_module(exported)  # defines everything; main() runs only as a script
case = json.load(open(sys.argv[2]))

model = exported.build_model('tiny')
conv1, conv2, dense = exported.weighted_layers(model)
weights = [torch.tensor(w['values'], dtype=torch.float32).reshape(w['shape']) for w in case['weights']]
with torch.no_grad():
    # TF.js kernels are [height, width, in, out]; PyTorch's are [out, in, height, width].
    conv1.weight.copy_(weights[0].permute(3, 2, 0, 1))
    conv1.bias.copy_(weights[1])
    conv2.weight.copy_(weights[2].permute(3, 2, 0, 1))
    conv2.bias.copy_(weights[3])
    # TF.js flattens 4 x 4 x 16 features as (h, w, c), PyTorch as (c, h, w).
    dense.weight.copy_(weights[4].reshape(4, 4, 16, 10).permute(2, 0, 1, 3).reshape(256, 10).t())
    dense.bias.copy_(weights[5])

images = torch.tensor(case['images'], dtype=torch.float32).reshape(-1, 1, 28, 28)
labels = np.array(case['labels'], dtype=np.int64)
print(json.dumps([float(a) for a in exported.fgsm_accuracy(model, images, labels, case['epsilons'])]))
