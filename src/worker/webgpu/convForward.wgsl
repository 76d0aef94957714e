// A valid, stride-1 convolution with bias and ReLU, then (POOL) a 2×2 stride-2 max pool: one thread per
// output position, all CO channels and (POOL) all four window positions at once, so each weight is read
// once per thread and each input value once per window. The pool keeps the last of tied maxima in window
// order, as TF.js webgpu's MaxPoolGrad does, and records which (0…3) so the backward pass routes the
// gradient to the same place.

const WINDOWS: u32 = select(1u, 4u, POOL);

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let i = threadIndex(wid, nwg, lid);
  if (i >= A * B * RH * RW) {
    return;
  }
  let x = i % RW;
  let y = (i / RW) % RH;
  let ab = i / (RW * RH);
  let a = ab / B;
  let b = ab % B;
  let kernelBase = a * ARM_STRIDE + K_OFF;
  let biasBase = a * ARM_STRIDE + BIAS_OFF;
  let scale = select(1u, 2u, POOL);
  var sums: array<f32, WINDOWS * CO>;
  var v: array<f32, WINDOWS>;
  for (var ky = 0u; ky < KH; ky++) {
    for (var kx = 0u; kx < KW; kx++) {
      for (var ci = 0u; ci < CI; ci++) {
        var any = false;
        for (var w = 0u; w < WINDOWS; w++) {
          v[w] = inAt(a, b, scale * y + w / 2u + ky, scale * x + w % 2u + kx, ci);
          any = any || v[w] != 0.0;
        }
        if (any) {
          let k = kernelBase + ((ky * KW + kx) * CI + ci) * CO;
          for (var co = 0u; co < CO; co++) {
            let weight = params[k + co];
            for (var w = 0u; w < WINDOWS; w++) {
              sums[w * CO + co] += v[w] * weight;
            }
          }
        }
      }
    }
  }
  for (var co = 0u; co < CO; co++) {
    var best = 0.0;
    var at = 0u;
    for (var w = 0u; w < WINDOWS; w++) {
      let value = max(sums[w * CO + co] + params[biasBase + co], 0.0);
      if (w == 0u || value >= best) {
        best = value;
        at = w;
      }
    }
    work[OUT_OFF + i * CO + co] = best;
    if (POOL) {
      work[ARG_OFF + i * CO + co] = f32(at);
    }
  }
}
