// Shared by every kernel of the fused step. kernels.ts prepends the shape constants (A arms, B examples,
// ARM_STRIDE, WG, plan offsets, MIX_ARMS) and the layer's own, and appends the layer's accessors.
// One bind group serves all kernels: every buffer the step touches, always at the same binding.

@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> grads: array<f32>;
// Activations, their gradients, per-example losses and partial sums: regions at constant offsets.
@group(0) @binding(2) var<storage, read_write> work: array<f32>;
// Loss EMAs, Adam's β powers, then the optimiser moments.
@group(0) @binding(3) var<storage, read_write> state: array<f32>;
// [mixing on, CutMix, -, -], indices[B], partners[B], λ bits[B], boxes[4B] (x0, y0, x1, y1).
@group(0) @binding(4) var<storage, read> plan: array<u32>;
// TF.js's training tensors: [n, 28, 28, 1] and [n, 10].
@group(0) @binding(5) var<storage, read> images: array<f32>;
// TARGETS_INT: TF.js keeps one-hot targets as int32 bits under a float32 dtype.
@group(0) @binding(6) var<storage, read> targets: array<u32>;

const IMAGE_SIDE: u32 = 28u;
const CLASSES: u32 = 10u;
const P_IDX: u32 = 4u;
const P_PARTNER: u32 = P_IDX + B;
const P_LAMBDA: u32 = P_PARTNER + B;
const P_BOX: u32 = P_LAMBDA + B;

// Dispatches wider than 65,535 workgroups fold into a second dimension.
fn threadIndex(wid: vec3<u32>, nwg: vec3<u32>, lid: u32) -> u32 {
  return (wid.y * nwg.x + wid.x) * WG + lid;
}

fn mixes(a: u32) -> bool {
  return plan[0] != 0u && ((MIX_ARMS >> a) & 1u) != 0u;
}

// The arm's input pixel, mixed on the fly as batches.ts's mixOnDevice does (same float operations).
fn pixel(a: u32, b: u32, y: u32, x: u32) -> f32 {
  let at = y * IMAGE_SIDE + x;
  let own = images[plan[P_IDX + b] * IMAGE_SIDE * IMAGE_SIDE + at];
  if (!mixes(a)) {
    return own;
  }
  let partner = images[plan[P_IDX + plan[P_PARTNER + b]] * IMAGE_SIDE * IMAGE_SIDE + at];
  if (plan[1] != 0u) {
    let box = P_BOX + 4u * b;
    let inside = x >= plan[box] && y >= plan[box + 1u] && x < plan[box + 2u] && y < plan[box + 3u];
    return select(own, partner, inside);
  }
  let lam = bitcast<f32>(plan[P_LAMBDA + b]);
  return lam * own + (1.0 - lam) * partner;
}

fn targetAt(example: u32, k: u32) -> f32 {
  let bits = targets[example * CLASSES + k];
  return select(bitcast<f32>(bits), f32(bitcast<i32>(bits)), TARGETS_INT);
}

fn softTarget(a: u32, b: u32, k: u32) -> f32 {
  let own = targetAt(plan[P_IDX + b], k);
  if (!mixes(a)) {
    return own;
  }
  let partner = targetAt(plan[P_IDX + plan[P_PARTNER + b]], k);
  let lam = bitcast<f32>(plan[P_LAMBDA + b]);
  return lam * own + (1.0 - lam) * partner;
}
