/**
 * The longest delay `setTimeout` can wait: browsers and Node store it in a
 * signed 32-bit integer and run any longer timeout at once. Options that become
 * timers (an adapter's `timeoutMs`, SignupDialog's `engagedSeconds`) are checked
 * against it, so `Infinity` or "30 days" never fires immediately.
 */
export const MAX_TIMEOUT_MS = 2_147_483_647; // 2^31 - 1
