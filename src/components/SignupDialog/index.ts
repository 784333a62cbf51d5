export {
  SignupDialog,
  signupDialogMessages,
  type SignupDialogProps,
  type SignupDialogMessages,
} from './SignupDialog';
export type { SignupTriggers } from './triggers';
export { markSubscribed } from './restraint';
