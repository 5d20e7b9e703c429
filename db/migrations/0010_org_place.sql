-- The place name (địa danh) of a unit, printed before the date of its documents ("Hà Nội, ngày …").
-- NULL: the unit takes its nearest ancestor's, else the one implied by the root unit's name
-- ("Thành ủy Hà Nội" → "Hà Nội"), else its own name (domain/orgs.ts effectivePlace).
ALTER TABLE orgs ADD COLUMN place text NULL CHECK (place IS NULL OR length(place) BETWEEN 1 AND 100);
