// bcrypt (the pure-JS bcryptjs: no native build step, same hash format as bcrypt).
import bcrypt from 'bcryptjs';

export const hashPassword = (password: string, rounds: number) => bcrypt.hash(password, rounds);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const UNKNOWN_USER_HASH = bcrypt.hashSync('no such user', 10);
export const verifyAgainstNobody = (password: string) => bcrypt.compare(password, UNKNOWN_USER_HASH);
