// ∂loss/∂input of one convolution (the previous layer's output), both arms: one thread per input value.

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let i = threadIndex(wid, nwg, lid);
  if (i >= A * B * H * W * CI) {
    return;
  }
  let ci = i % CI;
  let x = (i / CI) % W;
  let y = (i / (CI * W)) % H;
  let ab = i / (CI * W * H);
  let a = ab / B;
  let b = ab % B;
  let base = a * ARM_STRIDE + K_OFF;
  var sum = 0.0;
  for (var ky = 0u; ky < KH; ky++) {
    if (y < ky || y - ky >= OH) {
      continue;
    }
    for (var kx = 0u; kx < KW; kx++) {
      if (x < kx || x - kx >= OW) {
        continue;
      }
      for (var co = 0u; co < CO; co++) {
        let d = doutAt(a, b, y - ky, x - kx, co);
        if (d != 0.0) {
          sum += d * params[base + ((ky * KW + kx) * CI + ci) * CO + co];
        }
      }
    }
  }
  work[DIN_OFF + i] = sum;
}
