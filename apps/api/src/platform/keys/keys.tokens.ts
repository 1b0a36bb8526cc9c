/** Injection token for the server secret (bytes), loaded once at startup. */
export const SERVER_SECRET = Symbol('ServerSecret');
