import { useTranslation } from 'react-i18next';
import { FieldMessage, invalidProps, type SplitErrors } from '../components/FormErrors';

export const PASSWORD_HINT =
  'At least 10 characters. A few unrelated words make a strong password that is easy to remember.';

export const MISMATCH = 'The two passwords are not the same.';

/**
 * Choose a password, typed twice. The server checks its length and strength and answers on
 * the `password` field (the errors arrive in `errors`); a mismatch is caught here, on
 * `confirm`, before anything is sent.
 */
export function NewPasswordFields({
  id,
  password,
  confirm,
  onPassword,
  onConfirm,
  errors,
  label,
}: {
  id: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: SplitErrors;
  label?: string;
}) {
  const { t } = useTranslation('signin');
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-password`}>{label ?? t('newPassword.label')}</label>
        <input
          id={`${id}-password`}
          name="new-password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => onPassword(e.target.value)}
          {...invalidProps(errors, 'password', `${id}-password-error`, `${id}-password-hint`)}
        />
        <p id={`${id}-password-hint`} className="hint">
          {t('newPassword.hint')}
        </p>
        <FieldMessage id={`${id}-password-error`} errors={errors} field="password" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>{t('newPassword.repeat')}</label>
        <input
          id={`${id}-confirm`}
          name="confirm-password"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => onConfirm(e.target.value)}
          {...invalidProps(errors, 'confirm', `${id}-confirm-error`)}
        />
        <FieldMessage id={`${id}-confirm-error`} errors={errors} field="confirm" />
      </div>
    </>
  );
}
