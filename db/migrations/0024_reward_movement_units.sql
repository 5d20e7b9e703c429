-- The units taking part in an emulation movement (docs/rewards.md): each lies in the subtree of the
-- unit that launched it.
CREATE TABLE reward_movement_units (
  movement_id  integer NOT NULL REFERENCES reward_movements(id),
  org_id       integer NOT NULL REFERENCES orgs(id),
  PRIMARY KEY (movement_id, org_id)
);
