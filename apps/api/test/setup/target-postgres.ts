process.env.ECI_TEST_DB = 'postgres';
