process.env.ECI_TEST_DB = 'embedded';
