// Fails fast when the PostgreSQL tests were asked for but no URL is set.
if (!process.env.C981_TEST_DATABASE_URL) {
  console.error('C981_TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)');
  process.exit(2);
}
