// The output layer and the loss: one thread per example computes its logits, the softmax cross-entropy
// against its (mixed) soft target, and ∂(mean loss)/∂logits = (softmax − target)/B.

@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let ab = threadIndex(wid, nwg, lid);
  if (ab >= A * B) {
    return;
  }
  let a = ab / B;
  let b = ab % B;
  let base = a * ARM_STRIDE + K_OFF;
  var logits: array<f32, OUT>;
  var top = -3.4e38;
  for (var j = 0u; j < OUT; j++) {
    var sum = 0.0;
    for (var k = 0u; k < IN; k++) {
      sum += work[IN_OFF + ab * IN + k] * params[base + k * OUT + j];
    }
    logits[j] = sum + params[a * ARM_STRIDE + BIAS_OFF + j];
    top = max(top, logits[j]);
  }
  var total = 0.0;
  for (var j = 0u; j < OUT; j++) {
    total += exp(logits[j] - top);
  }
  let logTotal = log(total) + top;
  var loss = 0.0;
  for (var j = 0u; j < OUT; j++) {
    let y = softTarget(a, b, j);
    loss -= y * (logits[j] - logTotal);
    work[DLOGITS_OFF + ab * OUT + j] = (exp(logits[j] - logTotal) - y) / f32(B);
  }
  work[LOSS_OFF + ab] = loss;
}
