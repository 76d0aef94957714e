interface ProgressBarProps {
  /** The bar's accessible name. */
  name: string;
  text: string;
  value: number;
  max: number;
}

/** A labelled progress bar with its figures in words above it. */
export function ProgressBar({ name, text, value, max }: ProgressBarProps) {
  return (
    <label className="progress-row">
      <span>{text}</span>
      <progress aria-label={name} max={max} value={value} />
    </label>
  );
}
