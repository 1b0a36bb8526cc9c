import { splitUrl } from './page-routes';

describe('splitUrl', () => {
  it('keeps the query string apart', () => {
    expect(splitUrl('/demo?partner=x')).toEqual({ path: '/demo', query: '?partner=x' });
    expect(splitUrl('/demo')).toEqual({ path: '/demo', query: '' });
  });
});
