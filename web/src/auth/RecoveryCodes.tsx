import { useId, useState } from 'react';

/**
 * Recovery codes, shown once right after they are made: the server keeps only their hashes.
 * Copy and download happen in the browser; nothing is sent anywhere.
 */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const [copied, setCopied] = useState('');
  const id = useId();
  const text = `Pluralis recovery codes. Each works once, instead of a code from your app.\n\n${codes.join('\n')}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('Copied.');
    } catch {
      setCopied('Copying is not allowed here: select the codes and copy them, or download them.');
    }
  }

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your recovery codes</h2>
      <p>
        If you lose your phone, each of these codes signs you in once instead of a code from the app. Keep them
        somewhere safe, away from your phone. <strong>They are shown only now.</strong>
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          Copy
        </button>
        {/* A data: URL rather than a blob: it needs no cleanup and stays in this page. */}
        <a
          className="button button-secondary"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="pluralis-recovery-codes.txt"
        >
          Download as .txt
        </a>
        <button type="button" className="button button-primary" onClick={onDone}>
          I have saved them
        </button>
        <p role="status">{copied}</p>
      </div>
    </section>
  );
}
