import { useId, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface FileDropProps {
  readonly file: File | null;
  readonly onFile: (file: File | null) => void;
}

/** A file input that also takes a dropped file; the input stays the keyboard way in. */
export function FileDrop({ file, onFile }: FileDropProps) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    onFile(event.dataTransfer.files[0] ?? null);
  };
  return (
    <div
      className={over ? 'file-drop over' : 'file-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>{t('import.file')}</label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-hint`}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
      <p id={`${id}-hint`} className="hint">
        {file
          ? t('import.chosen', { name: file.name, size: Math.ceil(file.size / 1024) })
          : t('import.dropHint')}
      </p>
    </div>
  );
}
