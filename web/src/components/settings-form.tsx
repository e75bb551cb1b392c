import type { ReactNode, Ref } from 'react';

/**
 * A settings form: its fields, then the button that submits it. The browser's own validation is
 * off (`noValidate`) so the API's field errors, in the user's language, are the ones shown; the
 * submit never reloads the page. On its own the form is a card; inside a card it is not.
 */
export function SettingsForm({
  submitLabel,
  busy,
  onSubmit,
  inCard = false,
  labelledBy,
  formRef,
  otherActions,
  footer,
  children,
}: {
  submitLabel: string;
  /** Disables the submit button while a request is under way, so it is not sent twice. */
  busy: boolean;
  onSubmit(): void;
  /** The form sits in a card section already, so it is not one itself. */
  inCard?: boolean;
  /** The id of the form's heading, which names the form for a screen reader. */
  labelledBy?: string;
  formRef?: Ref<HTMLFormElement>;
  /**
   * Buttons beside the submit button (remove, …). A form that has them at times passes them
   * always, `null` while there are none, so its buttons stay in the same row layout.
   */
  otherActions?: ReactNode;
  /** What follows the buttons inside the form: the outcome of the last submit. */
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      className={inCard ? 'stack' : 'card stack'}
      noValidate
      aria-labelledby={labelledBy}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      {/* A form that never has other buttons keeps its lone submit button in a plain block. */}
      <div className={otherActions === undefined ? undefined : 'button-row'}>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {otherActions}
      </div>
      {footer}
    </form>
  );
}
