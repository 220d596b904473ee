import { expect } from 'chai';
import { buildPath, toSearchParams } from '../src/path.js';

describe('buildPath', () => {
  it('encodes ids so they stay one path segment', () => {
    expect(buildPath('/invoices/{invoiceId}', { invoiceId: 'INV/2026 01?x#y' })).to.equal(
      '/invoices/INV%2F2026%2001%3Fx%23y',
    );
  });

  it('refuses "." and "..", which URL parsing would resolve to another endpoint', () => {
    expect(() => buildPath('/team/members/{memberId}', { memberId: '..' })).to.throw(TypeError, /cannot be "\.\."/);
    expect(() => buildPath('/team/members/{memberId}', { memberId: '.' })).to.throw(TypeError);
    expect(buildPath('/team/members/{memberId}', { memberId: '...' })).to.equal('/team/members/...');
  });

  it('refuses a missing or empty parameter', () => {
    expect(() => buildPath('/orders/{orderId}', {})).to.throw(TypeError, /Missing path parameter "orderId"/);
    expect(() => buildPath('/orders/{orderId}', { orderId: '' })).to.throw(TypeError);
  });
});

describe('toSearchParams', () => {
  it('sorts keys, repeats array values and leaves out undefined', () => {
    expect(toSearchParams({ status: 'open', invoiceIds: ['a', 'b'], search: undefined, limit: 2 }).toString()).to.equal(
      'invoiceIds=a&invoiceIds=b&limit=2&status=open',
    );
  });
});
