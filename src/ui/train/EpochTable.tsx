import { useTrainingStore } from '../../state/trainingStore';

const percent = (x: number) => `${(100 * x).toFixed(2)}%`;

/** Full-test-set results at each epoch's end, the two arms side by side. */
export function EpochTable() {
  const epochs = useTrainingStore((s) => s.epochs);
  const points = useTrainingStore((s) => s.points);
  if (epochs.length === 0) {
    return points.length > 0 ? (
      <p className="muted" data-testid="points-count" data-value={points.length}>
        {points.length} quick evaluations so far; full results at the end of the first epoch.
      </p>
    ) : null;
  }
  return (
    <div className="table-scroll">
    <table className="epoch-table" data-testid="epoch-table">
      <caption>On all 10,000 test digits at the end of each epoch</caption>
      <thead>
        <tr>
          <th scope="col">Epoch</th>
          <th scope="col" className="arm-baseline">Baseline accuracy</th>
          <th scope="col" className="arm-mixup">Mixup accuracy</th>
          <th scope="col" className="arm-baseline">Baseline NLL</th>
          <th scope="col" className="arm-mixup">Mixup NLL</th>
          <th scope="col" className="arm-baseline">Baseline ECE</th>
          <th scope="col" className="arm-mixup">Mixup ECE</th>
        </tr>
      </thead>
      <tbody>
        {epochs.map((e) => (
          <tr key={e.epoch}>
            <th scope="row">{e.epoch}</th>
            <td>{percent(e.baseline.accuracy)}</td>
            <td>{percent(e.mixup.accuracy)}</td>
            <td>{e.baseline.nll.toFixed(3)}</td>
            <td>{e.mixup.nll.toFixed(3)}</td>
            <td>{e.baseline.ece.toFixed(3)}</td>
            <td>{e.mixup.ece.toFixed(3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
