import { vars } from '../../theme/contract.css';
import { ckStyle } from '../../styles/layer.css';

/**
 * The dialog frames the form, so the form's own page margins go; the doubled
 * class wins over the form's rule whatever order the stylesheets load in.
 * Motion is the Dialog parts' (none under prefers-reduced-motion).
 */
export const form = ckStyle({ selectors: { '&&': { marginBlock: 0 } } }, 'SignupDialog-form');

export const footer = ckStyle(
  { display: 'flex', justifyContent: 'flex-end', marginBlockStart: vars.space.md },
  'SignupDialog-footer',
);
