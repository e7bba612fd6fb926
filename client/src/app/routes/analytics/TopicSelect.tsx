import { useId } from 'react';

export interface TopicSelectProps {
  readonly label: string;
  readonly allLabel: string;
  readonly topics: readonly { readonly id: string; readonly name: string }[];
  readonly value: string | null;
  readonly onChange: (topicId: string | null) => void;
}

/** A single theme, or all themes. */
export function TopicSelect({ label, allLabel, topics, value, onChange }: TopicSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{allLabel}</option>
        {topics.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.name}
          </option>
        ))}
      </select>
    </div>
  );
}
