// A modal dialog on the native <dialog> element: focus is trapped and Escape closes it, as people expect.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { UNSAFE_PortalProvider } from 'react-aria';
import { X } from 'lucide-react';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

export function Dialog({ title, open, onClose, children, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first focusable element (the Close button); a dialog whose work starts in a field
      // marks that field, and focus goes there instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      style={wide ? { width: 'min(960px, calc(100vw - 32px))' } : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="btn btn-ghost btn-small" onClick={onClose} aria-label="Close">
              <X size={18} aria-hidden="true" />
            </button>
          </div>
          {/* A modal dialog makes the rest of the page inert: pickers open their lists inside it, not on the body. */}
          <UNSAFE_PortalProvider getContainer={() => ref.current}>
            <div className="dialog-body">{children}</div>
          </UNSAFE_PortalProvider>
        </>
      )}
    </dialog>
  );
}

interface ConfirmProps {
  title: string;
  open: boolean;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  title,
  open,
  message,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
}: ConfirmProps) {
  return (
    <Dialog title={title} open={open} onClose={onCancel}>
      <div className="stack">
        <div>{message}</div>
        <div className="form-footer">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
