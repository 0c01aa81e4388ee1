// bcrypt reads only the first 72 bytes of a password: without a limit, an account made with
// 72 "a"s and an "X" would open with 72 "a"s and a "Y". Passwords are limited to 72 bytes of
// UTF-8 (a Korean syllable is 3 bytes), refused past that with a 400 naming the field, at
// sign-up, sign-in and password change alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
const A72 = 'a'.repeat(72);
const KOREAN_72_BYTES = '가나다라마바사아자차카타파하'.repeat(2).slice(0, 24); // 24 syllables × 3 bytes

let counter = 0;
const newEmail = () => `bytes${++counter}-${Date.now()}@example.com`;

describe.each(testDatabases)('password length in bytes on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(() => t.close());

  const register = (email: string, password: string) => t.request('POST', '/api/auth/register', { body: { email, password } });
  const login = (email: string, password: string) => t.request('POST', '/api/auth/login', { body: { email, password } });

  async function expectRefusedNaming(res: Response, field: string) {
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.message).toContain(`${field}:`);
    expect(body.message).toMatch(/72 bytes/);
  }

  it('signs up with 72 bytes, and does not let 72 "a"s followed by anything else sign in', async () => {
    const email = newEmail();
    expect(utf8Bytes(A72)).toBe(72);
    expect((await register(email, A72)).status).toBe(201);
    expect((await login(email, A72)).status).toBe(200);
    const longer = await login(email, `${A72}Y`);
    expect(longer.status).not.toBe(200);
    await expectRefusedNaming(longer, 'password');
  });

  it('refuses 73 bytes at sign-up, naming the field, and creates no account', async () => {
    const email = newEmail();
    await expectRefusedNaming(await register(email, `${A72}X`), 'password');
    expect(await t.services.db.prisma.user.count({ where: { email } })).toBe(0);
  });

  it('counts bytes, not characters: 24 Korean syllables pass, 25 (75 bytes) or one more letter (73 bytes) do not', async () => {
    const email = newEmail();
    expect([KOREAN_72_BYTES.length, utf8Bytes(KOREAN_72_BYTES)]).toEqual([24, 72]);
    expect((await register(email, KOREAN_72_BYTES)).status).toBe(201);
    expect((await login(email, KOREAN_72_BYTES)).status).toBe(200);
    await expectRefusedNaming(await login(email, `${KOREAN_72_BYTES}하`), 'password');

    await expectRefusedNaming(await register(newEmail(), `${KOREAN_72_BYTES}하`), 'password');
    const seventyThree = `a${KOREAN_72_BYTES}`;
    expect([seventyThree.length, utf8Bytes(seventyThree)]).toEqual([25, 73]);
    await expectRefusedNaming(await register(newEmail(), seventyThree), 'password');
  });

  it('refuses a new password over 72 bytes on password change, naming newPassword, and keeps the old one', async () => {
    const email = newEmail();
    const registered = await register(email, 'correct horse battery');
    const { token } = (await registered.json()) as { token: string };
    const change = (newPassword: string) =>
      t.request('POST', '/api/auth/password', { token, body: { currentPassword: 'correct horse battery', newPassword } });
    await expectRefusedNaming(await change(`${KOREAN_72_BYTES}a`), 'newPassword');
    expect((await login(email, 'correct horse battery')).status).toBe(200);
    expect((await change(KOREAN_72_BYTES)).status).toBe(200);
    expect((await login(email, KOREAN_72_BYTES)).status).toBe(200);
  });
});
