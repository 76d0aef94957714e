// ∂loss/∂input of one dense layer, handed to the previous layer through its pool and ReLU
// (storeInputGradient): one thread per input value.

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let i = threadIndex(wid, nwg, lid);
  if (i >= A * B * IN) {
    return;
  }
  let k = i % IN;
  let ab = i / IN;
  let a = ab / B;
  let b = ab % B;
  let base = a * ARM_STRIDE + K_OFF + k * OUT;
  var sum = 0.0;
  for (var j = 0u; j < OUT; j++) {
    sum += params[base + j] * dyAt(a, b, j);
  }
  storeInputGradient(a, b, k, sum);
}
