/** Injection token for the size of the connection pool (1 on the embedded database). */
export const DATABASE_POOL_SIZE = Symbol('DatabasePoolSize');
