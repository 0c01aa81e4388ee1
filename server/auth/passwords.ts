// bcrypt (the pure-JS bcryptjs: no native build step, same hash format as bcrypt). bcrypt reads
// only the first 72 bytes; the request schemas refuse longer passwords (MAX_PASSWORD_BYTES says
// why), and these functions never hash or accept one, whatever route calls them.
import bcrypt from 'bcryptjs';
import { MAX_PASSWORD_BYTES, utf8ByteLength } from '../../shared/api';

const fitsBcrypt = (password: string) => utf8ByteLength(password) <= MAX_PASSWORD_BYTES;

export async function hashPassword(password: string, rounds: number): Promise<string> {
  if (!fitsBcrypt(password)) throw new Error(`refusing to hash a password over ${MAX_PASSWORD_BYTES} bytes: bcrypt would ignore the rest`);
  return bcrypt.hash(password, rounds);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  return fitsBcrypt(password) && bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const UNKNOWN_USER_HASH = bcrypt.hashSync('no such user', 10);
export const verifyAgainstNobody = (password: string) => bcrypt.compare(password, UNKNOWN_USER_HASH);
