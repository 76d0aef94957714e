// A hidden dense layer with bias and ReLU: one thread per output value.

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let i = threadIndex(wid, nwg, lid);
  if (i >= A * B * OUT) {
    return;
  }
  let j = i % OUT;
  let ab = i / OUT;
  let a = ab / B;
  let b = ab % B;
  let base = a * ARM_STRIDE + K_OFF;
  var sum = 0.0;
  for (var k = 0u; k < IN; k++) {
    sum += work[IN_OFF + ab * IN + k] * params[base + k * OUT + j];
  }
  work[OUT_OFF + i] = max(sum + params[a * ARM_STRIDE + BIAS_OFF + j], 0.0);
}
