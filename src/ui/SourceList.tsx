import type { Source } from '../tour/schema';

/** The sources of a text, as links; each title quoted as published (English, marked lang="en"). */
export function SourceList({ sources, className }: { sources: readonly Source[]; className?: string }) {
  return (
    <ul className={className}>
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer" lang="en">
            {s.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
