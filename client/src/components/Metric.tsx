/** One key figure with its plain-language explanation (one sentence), for the analytics views. */
export interface MetricProps {
  readonly label: string;
  readonly value: string;
  readonly explanation: string;
}

export function Metric({ label, value, explanation }: MetricProps) {
  return (
    <div className="metric">
      <dt>{label}</dt>
      <dd>
        <span className="metric-value">{value}</span>
        <span className="metric-explanation">{explanation}</span>
      </dd>
    </div>
  );
}
