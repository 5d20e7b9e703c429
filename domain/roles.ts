// Roles, clearances and what each role may ever do. Scope (which records) is the access rule in
// access.ts; this table answers only "may this role perform this kind of action at all".

export const ROLES = ['admin', 'leader', 'clerk', 'specialist', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị',
  leader: 'Lãnh đạo',
  clerk: 'Văn thư',
  specialist: 'Chuyên viên',
  member: 'Đảng viên',
};

export const SECRECY_LABELS = ['Thường', 'Mật', 'Tối mật', 'Tuyệt mật'] as const;
export const URGENCY_LABELS = ['Thường', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc'] as const;
export type Level = 0 | 1 | 2 | 3;

export const ACTIONS = [
  'org.manage', // create, rename, move, merge, split, delete units
  'user.read', // list accounts of the units in scope
  'user.manage', // create, edit, disable, reset accounts
  'audit.read',
  'settings.manage',
  'document.register', // register incoming documents (số đến), attach their files
  'document.draft', // draft outgoing documents, submit them for signature
  'document.sign', // approve or return a document submitted for signature
  'document.issue', // give the number, issue, send, cancel
  'document.direct', // write a direction (ý kiến chỉ đạo) and assign units
  'term.manage', // declare a committee's term (nhiệm kỳ)
  'member.read', // member records: staff within scope; role member only its own record
  'member.manage', // create, edit, import, transfers, badges, fees, ratings, admission
  'member.self_review', // write one's own annual self-review (kiểm điểm)
  'program.read', // work programmes and their copy-check, reports and weekly schedules within scope
  'program.manage', // draft programmes, items, cascades, revisions of approved programmes
  'program.approve', // approve a programme (it is then issued to the units below)
  'task.read', // task lists, task pages, roll-ups and the dashboard
  'task.manage', // create, assign, extend and transfer tasks
  'task.report', // report progress on a task (a member only on tasks assigned to them)
  'schedule.manage', // weekly schedules: add, change, remove events
  'archive.read', // file plan, files, records, disposal lists, holds, digitisation batches within scope
  'archive.file', // open files (hồ sơ công việc), put documents in them, close them
  'archive.manage', // file plan, retention schedule, declare records, transfer packages
  'archive.propose_disposal', // propose a destruction list, record the council's review, carry it out
  'archive.approve_disposal', // approve (or reject) a destruction list
  'archive.hold', // place and lift legal holds (tạm giữ)
  'archive.digitise', // digitisation batches (manifest and scans)
  'archive.approve_digitise', // approve digitising a file's Mật / Tối mật documents
  'archive.fixity', // fixity reports of the file store
  'study.read', // study sessions (học tập nghị quyết) within scope or expected at, their statistics
  'study.manage', // organise study sessions and make-ups, take attendance, mark reflections
  'study.reflect', // submit one's own written reflection (bài thu hoạch), if one's account is a member's
  'rules.manage', // add a version of a regulation's rule (a duration, a threshold): admins only
  'workrules.manage', // add a version of a unit's working regulation (who signs, consults, quorum)
  'workrules.late', // the dashboard of late opinions and late signatures by unit (leaders and the office)
  'meeting.read', // chi bộ meetings: staff within scope; role member those of its own chi bộ
  'meeting.manage', // plan, notify, attendance, votes, minutes, files, quality (the secretary's work)
  'meeting.resolve', // issue the resolution (its number and its tasks) and report it to the committee above
  'proposal.read', // schemes and thematic reports: the lead unit's scope, the task force, the consulted
  'proposal.manage', // create, versions, task force, stage deadlines, consultation rounds, dispositions, measures
  'proposal.comment', // comment on a version sent for comments (a consulted unit or person)
  'proposal.conclude', // record the standing committee's conclusion and the issue (measures become tasks)
  'intel.read', // situation reports, the hot-issue register, the calendar, warnings and the synthesis within scope
  'intel.report', // send a periodic or quick report for one's unit
  'intel.manage', // reporting calendar, hot-issue register (file items, links, status)
  'intel.direct', // a leader's direction on a hot issue (it becomes a task)
  'congress.read', // congresses, their timetables and elections within scope
  'congress.manage', // prepare a congress, create elections, enter and count ballots, export and import packages
  'congress.approve', // approve (chuẩn y) an election of a unit below one's own
  'congress.stations', // trust a counting station's signing key (admins only)
  'inspection.read', // inspection programmes and cases: the inspection committee, the team, leaders with scope
  'inspection.manage', // programmes, open a case, its team, stages, conclusion, remedies
  'discipline.read', // discipline decisions and state notices of the members one may read
  'discipline.decide', // record a discipline decision, an appeal, a state body's notice
  'reward.read', // emulation movements, award proposals, the award registry within scope
  'reward.propose', // movements and award proposals (hồ sơ đề nghị) for one's units and members
  'reward.decide', // the council's vote, the award decision, revocation
  'finance.read', // fee remittance up the tree, reconciliation, the fund book, reports, the dashboard
  'finance.manage', // record what was received from below, fund book entries and corrections
  'exchange.send', // export an issued document as edXML, send it (new, replacement, revocation, update) to another system
  'exchange.receive', // import an edXML package as an incoming document, report its status to the sender
  'exchange.manage', // this installation's key, the peers it exchanges with, the units' agency codes
] as const;
export type Action = (typeof ACTIONS)[number];

const GRANTS: Record<Action, readonly Role[]> = {
  'org.manage': ['admin'],
  'user.read': ['admin', 'leader', 'clerk'],
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'document.register': ['admin', 'leader', 'clerk'],
  'document.draft': ['admin', 'leader', 'clerk', 'specialist'],
  'document.sign': ['leader'],
  'document.issue': ['admin', 'leader', 'clerk'],
  'document.direct': ['leader'],
  'term.manage': ['admin'],
  'member.read': ['admin', 'leader', 'clerk', 'specialist', 'member'],
  'member.manage': ['admin', 'leader', 'clerk', 'specialist'],
  'member.self_review': ['admin', 'leader', 'clerk', 'specialist', 'member'],
  'program.read': ['admin', 'leader', 'clerk', 'specialist', 'member'],
  'program.manage': ['leader', 'clerk', 'specialist'],
  'program.approve': ['leader'],
  'task.read': ['admin', 'leader', 'clerk', 'specialist', 'member'],
  'task.manage': ['leader', 'clerk', 'specialist'],
  'task.report': ['leader', 'clerk', 'specialist', 'member'],
  'schedule.manage': ['leader', 'clerk', 'specialist'],
  'archive.read': ['admin', 'leader', 'clerk', 'specialist'],
  'archive.file': ['admin', 'leader', 'clerk', 'specialist'],
  'archive.manage': ['admin', 'clerk'],
  'archive.propose_disposal': ['clerk'],
  'archive.approve_disposal': ['leader'],
  'archive.hold': ['admin', 'leader'],
  'archive.digitise': ['admin', 'clerk'],
  'archive.approve_digitise': ['leader'],
  'archive.fixity': ['admin'],
  'study.read': ['admin', 'leader', 'clerk', 'specialist', 'member'],
  'study.manage': ['admin', 'leader', 'clerk', 'specialist'],
  'study.reflect': ['admin', 'leader', 'clerk', 'specialist', 'member'],
  'rules.manage': ['admin'],
  'workrules.manage': ['admin', 'leader'],
  'workrules.late': ['admin', 'leader', 'clerk'],
  'meeting.read': ['admin', 'leader', 'clerk', 'specialist', 'member'],
  // Admins keep the records too (as they do members'); the resolution gives tasks, which they do not.
  'meeting.manage': ['admin', 'leader', 'clerk', 'specialist'],
  'meeting.resolve': ['leader', 'clerk', 'specialist'],
  'proposal.read': ['admin', 'leader', 'clerk', 'specialist', 'member'],
  // Drafting and tracking is the staff's work; admins keep accounts, not schemes.
  'proposal.manage': ['leader', 'clerk', 'specialist'],
  // A member may be consulted in person (an expert, a veteran cadre).
  'proposal.comment': ['leader', 'clerk', 'specialist', 'member'],
  'proposal.conclude': ['leader'],
  // Situation reports are the staff's work; members and admins (who keep accounts) do not read them.
  'intel.read': ['leader', 'clerk', 'specialist'],
  'intel.report': ['leader', 'clerk', 'specialist'],
  'intel.manage': ['leader', 'clerk', 'specialist'],
  'intel.direct': ['leader'],
  // Secret ballots are counted by the unit's staff; members' accounts do not see the ballot box.
  'congress.read': ['admin', 'leader', 'clerk', 'specialist'],
  'congress.manage': ['admin', 'leader', 'clerk', 'specialist'],
  'congress.approve': ['leader'],
  'congress.stations': ['admin'],
  // Inspection is the staff's work (the inspection committee's specialists, its leaders).
  'inspection.read': ['leader', 'clerk', 'specialist'],
  'inspection.manage': ['leader', 'specialist'],
  // A member reads the decisions on their own record (the members area says which records are theirs).
  'discipline.read': ['admin', 'leader', 'clerk', 'specialist', 'member'],
  'discipline.decide': ['leader', 'specialist'],
  'reward.read': ['leader', 'clerk', 'specialist'],
  'reward.propose': ['leader', 'clerk', 'specialist'],
  'reward.decide': ['leader'],
  // The money's path is the staff's work; admins keep accounts, not books.
  'finance.read': ['leader', 'clerk', 'specialist'],
  'finance.manage': ['leader', 'clerk', 'specialist'],
  // The exchange is the văn thư's door, as registering and issuing are.
  'exchange.send': ['admin', 'leader', 'clerk'],
  'exchange.receive': ['admin', 'leader', 'clerk'],
  'exchange.manage': ['admin'],
};

export function roleCan(role: Role, action: Action): boolean {
  return GRANTS[action].includes(role);
}

/** Roles whose accounts an admin can oblige to use a second factor (docs/design.md, auth). */
export const TOTP_REQUIRABLE_ROLES: readonly Role[] = ['admin', 'leader'];
