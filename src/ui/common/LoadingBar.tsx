interface LoadingBarProps {
  label: string;
  loadedBytes: number;
  totalBytes: number;
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** Byte-accurate download progress; indeterminate until the total is known. */
export function LoadingBar({ label, loadedBytes, totalBytes }: LoadingBarProps) {
  const known = totalBytes > 0;
  return (
    <div className="loading-bar">
      <label>
        <span>{label}</span>
        <progress aria-label={label} max={known ? totalBytes : undefined} value={known ? loadedBytes : undefined} />
      </label>
      <span className="loading-bytes" aria-live="polite">
        {known ? `${megabytes(loadedBytes)} of ${megabytes(totalBytes)} MB` : 'Starting…'}
      </span>
    </div>
  );
}
