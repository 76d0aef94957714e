// A valid, stride-1 convolution with bias and ReLU, then (POOL) a 2×2 stride-2 max pool: one thread per
// output position, all CO channels at once so each input value is read once. The pool keeps the last
// of tied maxima in window order, as TF.js webgpu's MaxPoolGrad does, and records which (0…3) so the
// backward pass routes the gradient to the same place.

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
  var best: array<f32, CO>;
  var at: array<u32, CO>;
  var sums: array<f32, CO>;
  let windows = select(1u, 4u, POOL);
  for (var w = 0u; w < windows; w++) {
    let oy = select(y, 2u * y + w / 2u, POOL);
    let ox = select(x, 2u * x + w % 2u, POOL);
    // Zeroed by hand: SwiftShader (via Dawn) keeps a loop-scoped array's values across iterations.
    for (var co = 0u; co < CO; co++) {
      sums[co] = 0.0;
    }
    for (var ky = 0u; ky < KH; ky++) {
      for (var kx = 0u; kx < KW; kx++) {
        for (var ci = 0u; ci < CI; ci++) {
          let v = inAt(a, b, oy + ky, ox + kx, ci);
          if (v != 0.0) {
            let k = kernelBase + ((ky * KW + kx) * CI + ci) * CO;
            for (var co = 0u; co < CO; co++) {
              sums[co] += v * params[k + co];
            }
          }
        }
      }
    }
    for (var co = 0u; co < CO; co++) {
      let value = max(sums[co] + params[biasBase + co], 0.0);
      if (w == 0u || value >= best[co]) {
        best[co] = value;
        at[co] = w;
      }
    }
  }
  for (var co = 0u; co < CO; co++) {
    work[OUT_OFF + i * CO + co] = best[co];
    if (POOL) {
      work[ARG_OFF + i * CO + co] = f32(at[co]);
    }
  }
}
