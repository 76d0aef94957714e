// ∂loss/∂kernel and ∂loss/∂bias of one convolution, both arms: one thread per weight, summing over the
// batch and the output positions in a fixed order (no atomics, so a seed always gives the same numbers).

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let i = threadIndex(wid, nwg, lid);
  let kernelSize = KH * KW * CI * CO;
  if (i >= A * (kernelSize + CO)) {
    return;
  }
  let a = i / (kernelSize + CO);
  let w = i % (kernelSize + CO);
  var sum = 0.0;
  if (w < kernelSize) {
    let co = w % CO;
    let ci = (w / CO) % CI;
    let kx = (w / (CO * CI)) % KW;
    let ky = w / (CO * CI * KW);
    for (var b = 0u; b < B; b++) {
      for (var y = 0u; y < OH; y++) {
        for (var x = 0u; x < OW; x++) {
          let d = doutAt(a, b, y, x, co);
          if (d != 0.0) {
            sum += inAt(a, b, y + ky, x + kx, ci) * d;
          }
        }
      }
    }
    grads[a * ARM_STRIDE + K_OFF + w] = sum;
  } else {
    let co = w - kernelSize;
    for (var b = 0u; b < B; b++) {
      for (var y = 0u; y < OH; y++) {
        for (var x = 0u; x < OW; x++) {
          sum += doutAt(a, b, y, x, co);
        }
      }
    }
    grads[a * ARM_STRIDE + BIAS_OFF + co] = sum;
  }
}
