import { describe, expect, it } from 'vitest';
import { InOrder } from '../../server/cluster/in-order.ts';

const u = (n: number) => new Uint8Array([n]);
const values = (rows: Uint8Array[]) => rows.map((r) => r[0]);

describe('rows in the order they were numbered', () => {
  it('applies relayed rows as they come when none is missing', () => {
    const order = new InOrder(4);
    expect(values(order.relayed(5, u(5)))).toEqual([5]);
    expect(values(order.relayed(6, u(6)))).toEqual([6]);
    expect(order.applied).toBe(6);
    expect(order.hasGap).toBe(false);
  });

  it('holds rows behind a missing one, and releases them in order when it arrives', () => {
    const order = new InOrder(0);
    expect(order.relayed(3, u(3))).toEqual([]);
    expect(order.relayed(2, u(2))).toEqual([]);
    expect(order.hasGap).toBe(true);
    expect(order.applied).toBe(0);
    expect(values(order.relayed(1, u(1)))).toEqual([1, 2, 3]);
    expect(order.applied).toBe(3);
    expect(order.hasGap).toBe(false);
  });

  it('counts its own rows without applying them again', () => {
    const order = new InOrder(0);
    expect(order.relayed(2, u(2))).toEqual([]);
    expect(values(order.own(1))).toEqual([2]);
    expect(order.own(4)).toEqual([]);
    expect(order.applied).toBe(2);
    expect(order.hasGap).toBe(true);
  });

  it('ignores rows it already has, relayed twice or read twice', () => {
    const order = new InOrder(5);
    expect(order.relayed(5, u(5))).toEqual([]);
    expect(order.relayed(3, u(3))).toEqual([]);
    expect(order.applied).toBe(5);
  });

  it('moves past everything a catch-up read brought, and releases what waited behind it', () => {
    const order = new InOrder(0);
    order.relayed(4, u(4));
    order.relayed(6, u(6));
    expect(values(order.caughtUp(3))).toEqual([4]);
    expect(order.applied).toBe(4);
    expect(order.hasGap).toBe(true);
    expect(order.caughtUp(6)).toEqual([]);
    expect(order.applied).toBe(6);
    expect(order.hasGap).toBe(false);
  });
});
