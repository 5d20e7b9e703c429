import { describe, expect, it } from 'vitest';
import {
  BADGE_MILESTONES,
  type BadgeMember,
  badgeDue,
  CASH_GIFT_MULTIPLES,
  cashGift,
  EARLY_AWARD,
  earlyMonths,
  nextOccasion,
  occasionOf,
  occasionsOf,
} from './badges.ts';
import { addMonths, addYears } from './calendar.ts';

const member = (m: Partial<BadgeMember> = {}): BadgeMember => ({
  admittedOn: '1950-03-15',
  interruptions: [],
  seriouslyIll: false,
  diedOn: null,
  awarded: [],
  ...m,
});

describe('badge milestones', () => {
  it('are the twelve of Hướng dẫn 01-HD/TW', () => {
    expect([...BADGE_MILESTONES]).toEqual([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);
  });

  it.each(BADGE_MILESTONES)('%i years: due on the day it is reached, not the day before', (years) => {
    const admittedOn = '1930-06-10';
    const reached = addYears(admittedOn, years);
    const due = badgeDue(member({ admittedOn }), reached);
    expect(due).toMatchObject({ years, reachedOn: reached, early: false, posthumous: false });
    const before = badgeDue(member({ admittedOn }), addMonths(reached, 0).replace(/\d\d$/, '09'));
    expect(before?.years ?? 0).toBeLessThan(years);
  });

  it('gives the highest milestone reached, and nothing once it (or more) is awarded', () => {
    const m = member({ admittedOn: '1975-01-01' });
    expect(badgeDue(m, '2020-01-01')?.years).toBe(45);
    expect(badgeDue({ ...m, awarded: [30, 40] }, '2020-01-01')?.years).toBe(45);
    expect(badgeDue({ ...m, awarded: [45] }, '2020-01-01')).toBeNull();
    expect(badgeDue({ ...m, awarded: [50] }, '2020-01-01')).toBeNull();
    expect(badgeDue(member({ admittedOn: '2000-01-01' }), '2020-01-01')).toBeNull();
  });

  it('counts from the admission date minus interruptions', () => {
    const m = member({ admittedOn: '1990-02-03', interruptions: [{ from: '2000-01-01', to: '2000-07-01' }] });
    expect(badgeDue(m, '2020-02-03')).toBeNull();
    // 182 days out (2000 is a leap year): reached on 04/08/2020, not on 03/08.
    expect(badgeDue(m, '2020-08-03')).toBeNull();
    expect(badgeDue(m, '2020-08-04')).toMatchObject({ years: 30, reachedOn: '2020-08-04' });
  });
});

describe('early awards', () => {
  it('limits are 12 months for 30–65 years and 24 months for 70–90 when seriously ill', () => {
    for (const y of BADGE_MILESTONES) {
      expect(earlyMonths(y, 'ill')).toBe(y <= 65 ? 12 : 24);
      expect(earlyMonths(y, 'posthumous')).toBe(12);
      expect(earlyMonths(y, null)).toBe(0);
    }
    expect(EARLY_AWARD.posthumousMonths).toBe(12);
  });

  it.each(BADGE_MILESTONES)('seriously ill, %i years: exactly the limit early, not a day more', (years) => {
    const admittedOn = '1930-06-10';
    const reached = addYears(admittedOn, years);
    const limit = years <= 65 ? 12 : 24;
    const first = addMonths(reached, -limit);
    const ill = member({
      admittedOn,
      seriouslyIll: true,
      awarded: BADGE_MILESTONES.filter((y) => y < years),
    });
    expect(badgeDue(ill, first)).toMatchObject({ years, early: true, posthumous: false });
    const dayBefore = `${first.slice(0, 8)}${String(Number(first.slice(8)) - 1).padStart(2, '0')}`;
    expect(badgeDue(ill, dayBefore)).toBeNull();
    // Without the flag the same member waits for the milestone.
    expect(badgeDue({ ...ill, seriouslyIll: false }, first)).toBeNull();
  });

  it.each(BADGE_MILESTONES)('posthumous, %i years: up to 12 months short at death', (years) => {
    const admittedOn = '1930-06-10';
    const reached = addYears(admittedOn, years);
    const awarded = BADGE_MILESTONES.filter((y) => y < years);
    const diedOn = addMonths(reached, -12);
    const dead = member({ admittedOn, diedOn, awarded });
    const later = addMonths(reached, 3);
    expect(badgeDue(dead, later)).toMatchObject({ years, early: true, posthumous: true });
    const diedTooEarly = member({ admittedOn, diedOn: addMonths(reached, -13), awarded });
    expect(badgeDue(diedTooEarly, later)).toBeNull();
  });

  it('a member who died after reaching a milestone is due it posthumously; party age stops at death', () => {
    const dead = member({ admittedOn: '1980-01-01', diedOn: '2015-06-01' });
    expect(badgeDue(dead, '2026-01-01')).toMatchObject({ years: 30, early: false, posthumous: true });
    // Before the death, the same member is simply due.
    expect(badgeDue(dead, '2012-01-01')).toMatchObject({ years: 30, posthumous: false });
  });
});

describe('occasions', () => {
  it('are 3/2, 19/5, 2/9 and 7/11', () => {
    expect(occasionsOf(2026).map((o) => o.date)).toEqual([
      '2026-02-03',
      '2026-05-19',
      '2026-09-02',
      '2026-11-07',
    ]);
  });
  it('next occasion is on or after the date, rolling into the next year', () => {
    expect(nextOccasion('2026-02-03').date).toBe('2026-02-03');
    expect(nextOccasion('2026-02-04').date).toBe('2026-05-19');
    expect(nextOccasion('2026-09-03').date).toBe('2026-11-07');
    expect(nextOccasion('2026-11-08').date).toBe('2027-02-03');
    expect(occasionOf('2026-05-19')?.label).toContain('19/5');
    expect(occasionOf('2026-05-20')).toBeNull();
  });
});

describe('cash gift', () => {
  it('uses the reference multiples of the base salary', () => {
    expect(cashGift(30, 2_340_000)).toBe(3_510_000);
    expect(cashGift(40, 2_340_000)).toBe(4_680_000);
    expect(cashGift(50, 2_340_000)).toBe(7_020_000);
    expect(cashGift(55, 2_340_000)).toBe(8_190_000);
    expect(cashGift(60, 2_340_000)).toBe(11_700_000);
    expect(cashGift(65, 2_340_000)).toBe(14_040_000);
  });
  it('has a figure for every milestone, growing with the years; the unconfirmed ones are marked', () => {
    const multiples = BADGE_MILESTONES.map((y) => CASH_GIFT_MULTIPLES[y].multiple);
    expect([...multiples].sort((a, b) => a - b)).toEqual(multiples);
    expect(BADGE_MILESTONES.filter((y) => !CASH_GIFT_MULTIPLES[y].confirmed)).toEqual([
      45, 70, 75, 80, 85, 90,
    ]);
  });
});
