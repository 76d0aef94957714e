// ∂loss/∂input of one convolution, handed to the previous layer through its pool and ReLU
// (storeInputGradient): one thread per input position, all CI channels at once.

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let i = threadIndex(wid, nwg, lid);
  if (i >= A * B * H * W) {
    return;
  }
  let x = i % W;
  let y = (i / W) % H;
  let ab = i / (W * H);
  let a = ab / B;
  let b = ab % B;
  let kernelBase = a * ARM_STRIDE + K_OFF;
  var sums: array<f32, CI>;
  for (var ky = 0u; ky < KH; ky++) {
    if (y < ky || y - ky >= OH) {
      continue;
    }
    for (var kx = 0u; kx < KW; kx++) {
      if (x < kx || x - kx >= OW) {
        continue;
      }
      let d = DPRE_OFF + ((ab * OH + y - ky) * OW + x - kx) * CO;
      let k = kernelBase + (ky * KW + kx) * CI * CO;
      for (var co = 0u; co < CO; co++) {
        let g = work[d + co];
        if (g != 0.0) {
          for (var ci = 0u; ci < CI; ci++) {
            sums[ci] += g * params[k + ci * CO + co];
          }
        }
      }
    }
  }
  for (var ci = 0u; ci < CI; ci++) {
    storeInputGradient(a, b, (y * W + x) * CI + ci, sums[ci]);
  }
}
