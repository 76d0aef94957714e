// A valid, stride-1 convolution with bias and ReLU, then (POOL) a 2×2 stride-2 max pool: one thread per
// output value. The pool keeps the last of tied maxima in window order, as TF.js webgpu's MaxPoolGrad
// does, and records which (0…3) so the backward pass routes the gradient to the same place.

fn convAt(a: u32, b: u32, y: u32, x: u32, co: u32) -> f32 {
  let base = a * ARM_STRIDE + K_OFF;
  var sum = 0.0;
  for (var ky = 0u; ky < KH; ky++) {
    for (var kx = 0u; kx < KW; kx++) {
      for (var ci = 0u; ci < CI; ci++) {
        sum += inAt(a, b, y + ky, x + kx, ci) * params[base + ((ky * KW + kx) * CI + ci) * CO + co];
      }
    }
  }
  return max(sum + params[a * ARM_STRIDE + BIAS_OFF + co], 0.0);
}

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let i = threadIndex(wid, nwg, lid);
  if (i >= A * B * RH * RW * CO) {
    return;
  }
  let co = i % CO;
  let x = (i / CO) % RW;
  let y = (i / (CO * RW)) % RH;
  let ab = i / (CO * RW * RH);
  let a = ab / B;
  let b = ab % B;
  if (!POOL) {
    work[OUT_OFF + i] = convAt(a, b, y, x, co);
    return;
  }
  var best = 0.0;
  var at = 0u;
  for (var w = 0u; w < 4u; w++) {
    let value = convAt(a, b, 2u * y + w / 2u, 2u * x + w % 2u, co);
    if (w == 0u || value >= best) {
      best = value;
      at = w;
    }
  }
  work[OUT_OFF + i] = best;
  work[ARG_OFF + i] = f32(at);
}
