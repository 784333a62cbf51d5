export { TextField, textFieldMessages, type TextFieldProps, type TextFieldMessages } from './TextField';
