/** Injection token for the validated, typed `AppConfig`. */
export const APP_CONFIG = Symbol('AppConfig');
