/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Which ties an analysis uses. */
export type AnalysisNetwork =
  /** Institutions and their active cooperations. */
  | 'cooperation'
  /** Persons and institutions with cooperations, memberships and acquaintances. */
  | 'social';

/** A coordinator approves, optionally edited. */
export type ApproveProposalInput = {
  /** Version the decision is based on; a stale one gives CONFLICT. */
  readonly expectedVersion: number;
  /** Proposal id. */
  readonly id: string;
  /** The payload as edited by the coordinator; absent: as proposed. */
  readonly payload?: ProposalPayloadInput | null | undefined;
};

/** What topic clusters are built from. */
export type ClusterMode =
  /** Institutions grouped by their active cooperations. */
  | 'cooperation'
  /** Persons and institutions grouped by the topics they work on. */
  | 'themes';

/** What a person consented to (GDPR Art. 6(1)(a)). */
export type ConsentPurpose =
  /** Coordination only (introductions by coordinators) (Nur für die Koordination (Vernetzung durch Koordinatorinnen und Koordinatoren)) */
  | 'coordination_only'
  /** Listing in the network explorer (map, search, analyses, export) (Darstellung im Netzwerk-Explorer (Karte, Suche, Auswertungen, Export)) */
  | 'network_map';

/** Form of a cooperation between two institutions. */
export type CooperationKind =
  /** Alliance (Bündnis) */
  | 'alliance'
  /** Exchange (Austausch) */
  | 'exchange'
  /** Funding (Förderung) */
  | 'funding'
  /** Joint project (Gemeinsames Projekt) */
  | 'project'
  /** Service (Dienstleistung) */
  | 'service';

/** A WGS-84 coordinate. */
export type CoordinateInput = {
  /** Latitude in degrees, -90 to 90. */
  readonly latitude: number;
  /** Longitude in degrees, -180 to 180. */
  readonly longitude: number;
};

/** A new account. */
export type CreateAccountInput = {
  /** Entries (persons, institutions) the account acts for; at most 20. */
  readonly actorIds?: ReadonlyArray<string> | null | undefined;
  /** Name shown; defaults to the e-mail name. */
  readonly displayName?: string | null | undefined;
  /** E-mail address to sign in with (unique). */
  readonly email: string;
  /** Initial password, at least 10 characters. */
  readonly password: string;
  /** Districts the account looks after (Region ids of level district); empty: all of Saxony. */
  readonly regionIds?: ReadonlyArray<string> | null | undefined;
  /** Role: member, coordinator or admin. */
  readonly role: Role;
};

/** Confirms or declines a proposal (the other side or a coordinator), or withdraws it (the proposing side). */
export type DecideTieInput = {
  /** Form of the cooperation written on confirmation (institutions; default project). */
  readonly cooperationKind?: CooperationKind | null | undefined;
  /** Version the decision is based on; a stale one gives CONFLICT. */
  readonly expectedVersion: number;
  /** Proposal id. */
  readonly id: string;
  /** confirmed, declined or withdrawn. */
  readonly status: TieProposalStatus;
};

/** Verdict of the exact test on one sector × sector cell. */
export type GapVerdict =
  /** Lücke: significantly fewer cooperations than chance gives (exact test, p < alpha). */
  | 'gap'
  /** Zu wenig Daten: even no cooperation at all would be within chance here; see dataNeeded. */
  | 'insufficientData'
  /** Unauffällig: as many cooperations as chance gives, more, or a shortfall within chance. */
  | 'unremarkable';

/** How two actors were introduced. */
export type IntroductionChannel =
  /** E-mail (E-Mail) */
  | 'email'
  /** Event (Veranstaltung) */
  | 'event'
  /** Meeting (Treffen) */
  | 'meeting'
  /** Other (Anderer Weg) */
  | 'other'
  /** Phone (Telefon) */
  | 'phone';

/** Where the idea for an introduction came from. */
export type IntroductionSource =
  /** Ally nearby (Verbündete in der Nähe) */
  | 'ally'
  /** Link suggestion (Verbindungsvorschlag) */
  | 'link_suggestion'
  /** Offer and need (Angebot und Bedarf) */
  | 'offer_need';

/** Where an introduced pair stands: suggested → introduced → in contact → cooperating / not now. */
export type IntroductionStatus =
  /** Cooperating (Kooperieren) */
  | 'cooperating'
  /** In contact (Im Kontakt) */
  | 'in_contact'
  /** Introduced (Vorgestellt) */
  | 'introduced'
  /** Not now (Derzeit nicht) */
  | 'not_now'
  /** Suggested (Vorgeschlagen) */
  | 'suggested';

/** Two entries that are one: `removeId` is merged into `keepId` and deleted. */
export type MergeNodesInput = {
  /** The entry that stays. */
  readonly keepId: string;
  /** Version of the kept entry the coordinator saw (else CONFLICT). */
  readonly keepVersion: number;
  /** The entry whose relationships move to the kept one; it is deleted. */
  readonly removeId: string;
  /** Version of the removed entry the coordinator saw (else CONFLICT). */
  readonly removeVersion: number;
  /** Properties to take from the removed entry although the kept one has them (missing ones are always taken). */
  readonly takeProperties?: ReadonlyArray<string>;
};

/** Moves an introduced pair to its next state. */
export type MoveIntroductionInput = {
  /** Channel, when introduced now. */
  readonly channel?: IntroductionChannel | null | undefined;
  /** Form of the cooperation written on cooperating (institutions; default project). */
  readonly cooperationKind?: CooperationKind | null | undefined;
  /** Version the move is based on; a stale one gives CONFLICT. */
  readonly expectedVersion: number;
  /** Introduction id. */
  readonly id: string;
  /** Replaces the note when given. */
  readonly note?: string | null | undefined;
  /** The new state (an allowed move). */
  readonly status: IntroductionStatus;
};

/** Filters shared by search and neighbourhood. All given filters must hold (AND). */
export type NodeFilter = {
  /** Only institutions or resources of these kinds (the `kind` property). */
  readonly kinds?: ReadonlyArray<string> | null | undefined;
  /** Only nodes with one of these labels. */
  readonly labels?: ReadonlyArray<NodeLabel> | null | undefined;
  /** Only members of this network. */
  readonly networkId?: string | null | undefined;
  /** Only nodes located in this region or any region below it. */
  readonly regionId?: string | null | undefined;
  /** Only institutions in one of these sectors (other labels pass only if `labels` excludes institutions). */
  readonly sectors?: ReadonlyArray<Sector> | null | undefined;
  /** Only nodes that work on one of these topics or one of their sub-topics. */
  readonly topicIds?: ReadonlyArray<string> | null | undefined;
};

/** Label (kind) of a node in the network graph. */
export type NodeLabel =
  /** A funding programme (Förderprogramm). */
  | 'FundingProgramme'
  /** An organisation in one sector. */
  | 'Institution'
  /** A regional network. */
  | 'Network'
  /** An engaged natural person. */
  | 'Person'
  /** A project or good-practice example. */
  | 'Project'
  /** State, district or municipality. */
  | 'Region'
  /** A resource offered or needed (Angebot/Bedarf). */
  | 'Resource'
  /** A theme or sub-theme. */
  | 'Topic';

/** A proposed new entry or a proposed change of an entry. */
export type ProposalKind =
  /** Change (Änderung) */
  | 'change'
  /** New entry (Neuer Eintrag) */
  | 'new';

/** What a proposal would write to the network. */
export type ProposalPayloadInput = {
  /** Institution (organisation, initiative) or Project. */
  readonly label: NodeLabel;
  /** Needs (institutions only). */
  readonly needs: ReadonlyArray<ProposedResourceInput>;
  /** Offers (institutions only). */
  readonly offers: ReadonlyArray<ProposedResourceInput>;
  /** Properties of the label (new: the required ones; change: only those to set). */
  readonly properties: Readonly<Record<string, unknown>>;
  /** Municipality or other region of the entry. */
  readonly regionId?: string | null | undefined;
  /** Topics (change: topics to add). */
  readonly topicIds: ReadonlyArray<string>;
};

/** Where a proposal stands: pending → approved or rejected. */
export type ProposalStatus =
  /** Approved (Angenommen) */
  | 'approved'
  /** Pending (Offen) */
  | 'pending'
  /** Rejected (Abgelehnt) */
  | 'rejected';

/** A member who acts for one actor proposes a cooperation (two institutions) or an acquaintance (two persons). */
export type ProposeTieInput = {
  /** The actor the member acts for. */
  readonly fromId: string;
  /** Optional note (at most 1,000 characters). */
  readonly note?: string | null | undefined;
  /** The other actor (same label as fromId). */
  readonly toId: string;
};

/** An offer or need of a proposed entry. */
export type ProposedResourceInput = {
  /** Resource kind (graph-schema RESOURCE_KINDS), e.g. rooms. */
  readonly kind: string;
  /** What is offered or needed, e.g. Werkstattraum. */
  readonly name: string;
};

/** Kind of a machine-readable reason; says which fields of the Reason are set. */
export type ReasonKind =
  /** Both are already active: `counts` cooperations each, against `averageCount` per institution in the region (well connected when both counts reach it). */
  | 'activity'
  /** Bridges `openPairs` otherwise unconnected pairs between the `sectors`. */
  | 'brokerage'
  /** Cluster of `size` actors, mainly on `topicIds` (with `topicShares`), in `sectors`. */
  | 'clusterProfile'
  /** Common cooperation partners in `ids`. */
  | 'commonPartners'
  /** Links the two sectors in `sectors`. */
  | 'crossSector'
  /** Without this actor, `actors` actors lose their connection to the rest of the network. */
  | 'cutOff'
  /** Application deadline `date`. */
  | 'deadline'
  /** Distance in `km`. */
  | 'distance'
  /** Open to the `sectors` (empty: all sectors). */
  | 'eligibleSectors'
  /** Shared good-practice projects in `projectIds`. */
  | 'goodPractice'
  /** A programme or resource matches the themes in `topicIds`. */
  | 'matchingTopics'
  /** `count` new cross-sector cooperations since `since`. */
  | 'newCrossSector'
  /** Offers resources of `resourceKind` (`resourceIds`) that are needed. */
  | 'offers'
  /** Reachable through the contacts in `via` (empty: already directly connected). */
  | 'path'
  /** `actorsPer10k` actors per 10,000 inhabitants and `crossSectorShare` of cross-sector ties. */
  | 'regionProfile'
  /** Regions in `ids`. */
  | 'regions'
  /** Institutions of the two `sectors` cooperate `observed` times in the region where `expected` would be expected by chance (often when observed > expected, else rarely). */
  | 'sectorAffinity'
  /** `observed` cooperations between the `sectors` where `expected` would be expected. */
  | 'sectorGap'
  /** Shared members in `ids`. */
  | 'sharedMembers'
  /** Both work on the themes in `topicIds`. */
  | 'sharedTopics';

/** A coordinator brings two actors (two institutions or two persons) together. */
export type RecordIntroductionInput = {
  /** How they were introduced. */
  readonly channel?: IntroductionChannel | null | undefined;
  /** One actor. */
  readonly fromId: string;
  /** Day of the introduction (YYYY-MM-DD); default today. */
  readonly introducedOn?: string | null | undefined;
  /** Optional note (at most 1,000 characters). */
  readonly note?: string | null | undefined;
  /** Where the idea came from. */
  readonly source: IntroductionSource;
  /** suggested (only noted) or introduced (default). */
  readonly status?: IntroductionStatus | null | undefined;
  /** The other actor (same label as fromId). */
  readonly toId: string;
};

/** A coordinator rejects, with a reason. */
export type RejectProposalInput = {
  /** Version the decision is based on; a stale one gives CONFLICT. */
  readonly expectedVersion: number;
  /** Proposal id. */
  readonly id: string;
  /** Why (at most 1,000 characters). */
  readonly reason: string;
};

/** Type of a relationship between two nodes. */
export type RelationshipType =
  /** Two institutions cooperate (dated; read in both directions). */
  | 'COOPERATES_WITH'
  /** A funding programme is open to applicants in a region. */
  | 'ELIGIBLE_IN'
  /** A project is funded by a programme. */
  | 'FUNDED_BY'
  /** Two persons know each other (read in both directions). */
  | 'KNOWS'
  /** A node lies in a region (usually a municipality). */
  | 'LOCATED_IN'
  /** A person works or volunteers in an institution. */
  | 'MEMBER_OF'
  /** A person or institution takes part in a regional network. */
  | 'MEMBER_OF_NETWORK'
  /** An actor needs a resource (Bedarf). */
  | 'NEEDS'
  /** An actor offers a resource (Angebot). */
  | 'OFFERS'
  /** Hierarchy: municipality in district in state; sub-topic of topic. */
  | 'PART_OF'
  /** An actor runs or takes part in a project. */
  | 'RUNS'
  /** An actor, network, project or programme works on a topic. */
  | 'WORKS_ON';

/** Kind of a resource offered or needed. */
export type ResourceKind =
  /** Know-how (Know-how) */
  | 'know_how'
  /** Material (Sachleistung) */
  | 'material'
  /** Money (Geld) */
  | 'money'
  /** Rooms (Räume) */
  | 'rooms'
  /** Staff time (Personal/Zeit) */
  | 'staff_time';

/** Role of a viewer: viewer (anonymous), member, coordinator (edits, imports), admin (accounts, audit). */
export type Role =
  /** Admin (Administration) */
  | 'admin'
  /** Coordinator (Koordination) */
  | 'coordinator'
  /** Member (Mitglied) */
  | 'member'
  /** Viewer (Gast) */
  | 'viewer';

/** Sector of society an institution belongs to. */
export type Sector =
  /** Administration & politics (Verwaltung & Politik) */
  | 'administration'
  /** Business (Wirtschaft) */
  | 'business'
  /** Civil society (Zivilgesellschaft) */
  | 'civil_society'
  /** Education (Bildung) */
  | 'education'
  /** Religion (Religion) */
  | 'religion'
  /** Science (Wissenschaft) */
  | 'science';

/** A proposed new entry (anyone) or a change of an entry the member acts for. */
export type SubmitProposalInput = {
  /** Optional contact e-mail; kept only until the proposal is decided. */
  readonly contactEmail?: string | null | undefined;
  /** Token of proposalFormToken, fetched when the form opened. */
  readonly formToken: string;
  /** The proposed entry or change. */
  readonly payload: ProposalPayloadInput;
  /** The entry to change; absent for a new entry. */
  readonly targetId?: string | null | undefined;
  /** Must stay empty (a field people never see; bots fill it). */
  readonly website?: string | null | undefined;
};

/** Where a proposed tie stands: pending → confirmed / declined / withdrawn. */
export type TieProposalStatus =
  /** Confirmed (Bestätigt) */
  | 'confirmed'
  /** Declined (Abgelehnt) */
  | 'declined'
  /** Pending (Offen) */
  | 'pending'
  /** Withdrawn (Zurückgezogen) */
  | 'withdrawn';

/** Changes to an account; omitted fields stay. */
export type UpdateAccountInput = {
  /** Replaces the entries the account acts for (persons, institutions; at most 20). Ends its sessions, like a role change. */
  readonly actorIds?: ReadonlyArray<string> | null | undefined;
  /** Disable (true) or enable (false). */
  readonly disabled?: boolean | null | undefined;
  /** New display name. */
  readonly displayName?: string | null | undefined;
  /** Password reset: the new password (at least 10 characters). */
  readonly password?: string | null | undefined;
  /** Replaces the districts the account looks after (Region ids of level district; empty: all of Saxony). Ends its sessions, as every account change does. */
  readonly regionIds?: ReadonlyArray<string> | null | undefined;
  /** New role. */
  readonly role?: Role | null | undefined;
};

/** Who may see a person: public, members or coordinators. */
export type Visibility =
  /** Coordinators (Koordination) */
  | 'coordinators'
  /** Members (Mitglieder) */
  | 'members'
  /** Public (Öffentlich) */
  | 'public';

export type ResourcesViewQueryVariables = Exact<{
  regionId: string;
  maxDistanceKm?: number | null | undefined;
}>;


export type ResourcesViewQuery = { readonly resourceMatches: { readonly truncated: boolean, readonly unmatchedNeedCount: number, readonly unmatchedOfferCount: number, readonly matches: ReadonlyArray<{ readonly kind: ResourceKind, readonly score: number, readonly distanceKm: number | null, readonly explanationDe: string, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }>, readonly need: { readonly id: string, readonly name: string }, readonly needOwner: { readonly id: string, readonly name: string, readonly label: NodeLabel }, readonly offer: { readonly id: string, readonly name: string }, readonly offerOwner: { readonly id: string, readonly name: string, readonly label: NodeLabel } }>, readonly unmatchedNeeds: ReadonlyArray<{ readonly kind: ResourceKind, readonly resource: { readonly id: string, readonly name: string }, readonly owner: { readonly id: string, readonly name: string } }>, readonly unmatchedOffers: ReadonlyArray<{ readonly kind: ResourceKind, readonly resource: { readonly id: string, readonly name: string }, readonly owner: { readonly id: string, readonly name: string } }> } };

export type AlliesViewQueryVariables = Exact<{
  actorId?: string | null | undefined;
  regionId?: string | null | undefined;
  point?: CoordinateInput | null | undefined;
  radiusKm: number;
  topicIds?: ReadonlyArray<string> | null | undefined;
}>;


export type AlliesViewQuery = { readonly alliesNearby: { readonly candidates: number, readonly radiusKm: number, readonly truncated: boolean, readonly center: { readonly latitude: number, readonly longitude: number }, readonly allies: ReadonlyArray<{ readonly distanceKm: number, readonly hops: number | null, readonly score: number, readonly explanationDe: string, readonly sharedTopicIds: ReadonlyArray<string>, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }>, readonly node: { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null, readonly location: { readonly latitude: number, readonly longitude: number } | null }, readonly offers: ReadonlyArray<{ readonly kind: ResourceKind, readonly offer: { readonly id: string, readonly name: string } }> }> } };

export type BrokersViewQueryVariables = Exact<{
  regionId: string;
  network: AnalysisNetwork;
  asOf?: string | null | undefined;
}>;


export type BrokersViewQuery = { readonly brokers: { readonly actors: number, readonly sampled: boolean, readonly sampleSize: number, readonly errorBound: number, readonly brokers: ReadonlyArray<{ readonly betweenness: number, readonly constraint: number | null, readonly effectiveSize: number | null, readonly degree: number, readonly explanationDe: string, readonly node: { readonly id: string, readonly name: string, readonly sector: Sector | null }, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }>, readonly bridges: ReadonlyArray<{ readonly sectors: ReadonlyArray<Sector>, readonly openPairs: number }> }>, readonly cutPoints: ReadonlyArray<{ readonly cutOff: number, readonly parts: ReadonlyArray<number>, readonly explanationDe: string, readonly node: { readonly id: string, readonly name: string }, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }> }> } };

export type ClustersViewQueryVariables = Exact<{
  regionId?: string | null | undefined;
  topicId?: string | null | undefined;
  mode: ClusterMode;
  asOf?: string | null | undefined;
}>;


export type ClustersViewQuery = { readonly topicClusters: { readonly actors: number, readonly communityCount: number, readonly modularity: number, readonly truncated: boolean, readonly clusters: ReadonlyArray<{ readonly id: number, readonly size: number, readonly regionCount: number, readonly memberIds: ReadonlyArray<string>, readonly explanationDe: string, readonly topMembers: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }>, readonly themes: ReadonlyArray<{ readonly topicId: string, readonly share: number }>, readonly sectors: ReadonlyArray<{ readonly sector: Sector, readonly share: number }>, readonly regions: ReadonlyArray<{ readonly regionId: string, readonly share: number }> }> }, readonly themeCooccurrence: { readonly truncated: boolean, readonly nodes: ReadonlyArray<{ readonly topicId: string, readonly name: string, readonly actors: number }>, readonly edges: ReadonlyArray<{ readonly a: string, readonly b: string, readonly weight: number }> } };

export type ClustersMapQueryVariables = Exact<{
  ids: ReadonlyArray<string>;
  regionIds: ReadonlyArray<string>;
  activeOn?: string | null | undefined;
}>;


export type ClustersMapQuery = { readonly neighbourhood: { readonly truncated: boolean, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null, readonly location: { readonly latitude: number, readonly longitude: number } | null }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly type: RelationshipType, readonly source: string, readonly target: string }> }, readonly regions: ReadonlyArray<{ readonly id: string, readonly name: string } | null> };

export type FundingViewQueryVariables = Exact<{
  regionId?: string | null | undefined;
  institutionId?: string | null | undefined;
  topicIds?: ReadonlyArray<string> | null | undefined;
}>;


export type FundingViewQuery = { readonly fundingMatches: { readonly programmes: number, readonly matches: ReadonlyArray<{ readonly deadline: string | null, readonly themeOpen: boolean, readonly explanationDe: string, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }>, readonly programme: { readonly id: string, readonly name: string, readonly properties: Readonly<Record<string, unknown>> } }> } };

export type GapsViewQueryVariables = Exact<{
  regionId: string;
  topicId?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type GapsViewQuery = { readonly region: { readonly id: string, readonly name: string } | null, readonly gapTable: { readonly totalTies: number, readonly truncated: boolean, readonly sectorSizes: ReadonlyArray<{ readonly sector: Sector, readonly institutions: number }>, readonly cells: ReadonlyArray<{ readonly sectors: ReadonlyArray<Sector>, readonly observed: number, readonly expected: number, readonly ratio: number | null, readonly pValue: number, readonly underLinked: boolean, readonly verdict: GapVerdict, readonly test: { readonly pValue: number, readonly minimumPValue: number, readonly alpha: number }, readonly dataNeeded: { readonly additionalCooperations: number | null, readonly additionalInstitutions: number | null, readonly sector: Sector | null } | null, readonly pairs: ReadonlyArray<{ readonly a: { readonly id: string, readonly name: string }, readonly b: { readonly id: string, readonly name: string } }>, readonly brokers: ReadonlyArray<{ readonly openPairs: number, readonly node: { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null } }> }>, readonly pooled: { readonly institutions: number, readonly totalTies: number, readonly partners: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly cells: ReadonlyArray<{ readonly sectors: ReadonlyArray<Sector>, readonly observed: number, readonly expected: number, readonly verdict: GapVerdict, readonly test: { readonly pValue: number, readonly minimumPValue: number, readonly alpha: number } }> } | null } };

export type GapSuggestionsQueryVariables = Exact<{
  regionId: string;
  topicIds?: ReadonlyArray<string> | null | undefined;
  asOf?: string | null | undefined;
  targets?: ReadonlyArray<ReadonlyArray<Sector>> | null | undefined;
  sectors?: ReadonlyArray<Sector> | null | undefined;
  crossSectorOnly: boolean;
  limit: number;
}>;


export type GapSuggestionsQuery = { readonly linkSuggestions: { readonly institutions: number, readonly truncated: boolean, readonly suggestions: ReadonlyArray<{ readonly score: number, readonly target: ReadonlyArray<Sector> | null, readonly explanationDe: string, readonly a: { readonly id: string, readonly name: string, readonly sector: Sector | null }, readonly b: { readonly id: string, readonly name: string, readonly sector: Sector | null }, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }> }> } };

export type NetworkGrowthQueryVariables = Exact<{
  regionId?: string | null | undefined;
}>;


export type NetworkGrowthQuery = { readonly networkGrowth: { readonly regionId: string, readonly today: string, readonly undated: number, readonly startedEarlier: number, readonly introductions: number, readonly introductionsCooperating: number, readonly truncated: boolean, readonly years: ReadonlyArray<{ readonly year: number, readonly started: number, readonly startedCrossSector: number, readonly startedViaIntroduction: number, readonly ended: number, readonly activeAtEnd: number, readonly introduced: number }> } };

export type NetworksViewQueryVariables = Exact<{
  regionId?: string | null | undefined;
}>;


export type NetworksViewQuery = { readonly networkOfNetworks: { readonly truncated: boolean, readonly networks: ReadonlyArray<{ readonly members: number, readonly topicIds: ReadonlyArray<string>, readonly node: { readonly id: string, readonly name: string } }>, readonly links: ReadonlyArray<{ readonly weight: number, readonly sharedMemberIds: ReadonlyArray<string>, readonly sharedTopicIds: ReadonlyArray<string>, readonly goodPracticeProjectIds: ReadonlyArray<string>, readonly explanationDe: string, readonly a: { readonly id: string, readonly name: string }, readonly b: { readonly id: string, readonly name: string }, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }> }> } };

export type AnalysisOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalysisOptionsQuery = { readonly topics: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly name: string, readonly properties: Readonly<Record<string, unknown>> } }> }, readonly districts: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly location: { readonly latitude: number, readonly longitude: number } | null }> } };

export type RegionsViewQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type RegionsViewQuery = { readonly regionComparison: { readonly actors: number, readonly truncated: boolean, readonly urban: { readonly actors: number, readonly institutions: number, readonly population: number | null, readonly actorsPer10k: number | null, readonly ties: number, readonly internalTies: number, readonly crossSectorTies: number, readonly crossSectorShare: number | null, readonly density: number | null, readonly newTies: number, readonly newCrossSectorTies: number }, readonly rural: { readonly actors: number, readonly institutions: number, readonly population: number | null, readonly actorsPer10k: number | null, readonly ties: number, readonly internalTies: number, readonly crossSectorTies: number, readonly crossSectorShare: number | null, readonly density: number | null, readonly newTies: number, readonly newCrossSectorTies: number }, readonly regions: ReadonlyArray<{ readonly level: string, readonly urban: boolean, readonly actors: number, readonly institutions: number, readonly population: number | null, readonly actorsPer10k: number | null, readonly ties: number, readonly internalTies: number, readonly crossSectorTies: number, readonly crossSectorShare: number | null, readonly density: number | null, readonly newTies: number, readonly newCrossSectorTies: number, readonly region: { readonly id: string, readonly name: string } }> } };

export type MapGraphQueryVariables = Exact<{
  ids: ReadonlyArray<string>;
  depth: number;
  limit: number;
  filter?: NodeFilter | null | undefined;
  relationshipTypes?: ReadonlyArray<RelationshipType> | null | undefined;
  activeOn?: string | null | undefined;
}>;


export type MapGraphQuery = { readonly neighbourhood: { readonly truncated: boolean, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null, readonly location: { readonly latitude: number, readonly longitude: number } | null }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly type: RelationshipType, readonly source: string, readonly target: string }> } };

export type MapOverviewStartQueryVariables = Exact<{
  text: string;
  first: number;
  filter?: NodeFilter | null | undefined;
}>;


export type MapOverviewStartQuery = { readonly search: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string } }> } };

export type MapDetailsQueryVariables = Exact<{
  id: string;
}>;


export type MapDetailsQuery = { readonly node: { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>> } | null, readonly neighbourhood: { readonly truncated: boolean, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null, readonly properties: Readonly<Record<string, unknown>> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly type: RelationshipType, readonly source: string, readonly target: string, readonly properties: Readonly<Record<string, unknown>> }> } };

export type MapOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MapOptionsQuery = { readonly topics: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly name: string, readonly properties: Readonly<Record<string, unknown>> } }> }, readonly networks: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly name: string } }> }, readonly districts: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly location: { readonly latitude: number, readonly longitude: number } | null }> } };

export type NodePickerQueryVariables = Exact<{
  text: string;
  labels?: ReadonlyArray<NodeLabel> | null | undefined;
}>;


export type NodePickerQuery = { readonly search: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly name: string, readonly label: NodeLabel } }> } };

export type AccountRow_AccountFragment = { readonly id: string, readonly email: string, readonly displayName: string, readonly role: Role, readonly disabled: boolean, readonly version: number, readonly updatedAt: string, readonly actorIds: ReadonlyArray<string>, readonly regionIds: ReadonlyArray<string>, readonly actors: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel }> };

export type AdminAccountsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminAccountsQuery = { readonly accounts: { readonly hasNextPage: boolean, readonly endCursor: string | null, readonly nodes: ReadonlyArray<{ readonly id: string, readonly email: string, readonly displayName: string, readonly role: Role, readonly disabled: boolean, readonly version: number, readonly updatedAt: string, readonly actorIds: ReadonlyArray<string>, readonly regionIds: ReadonlyArray<string>, readonly actors: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel }> }> } };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { readonly createAccount: { readonly id: string, readonly email: string, readonly displayName: string, readonly role: Role, readonly disabled: boolean, readonly version: number, readonly updatedAt: string, readonly actorIds: ReadonlyArray<string>, readonly regionIds: ReadonlyArray<string>, readonly actors: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel }> } };

export type UpdateAccountMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { readonly updateAccount: { readonly id: string, readonly email: string, readonly displayName: string, readonly role: Role, readonly disabled: boolean, readonly version: number, readonly updatedAt: string, readonly actorIds: ReadonlyArray<string>, readonly regionIds: ReadonlyArray<string>, readonly actors: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel }> } };

export type DeleteAccountMutationVariables = Exact<{
  id: string;
}>;


export type DeleteAccountMutation = { readonly deleteAccount: boolean };

export type AdminAuditLogQueryVariables = Exact<{
  entityId?: string | null | undefined;
  after?: string | null | undefined;
  first: number;
}>;


export type AdminAuditLogQuery = { readonly auditLog: { readonly hasNextPage: boolean, readonly endCursor: string | null, readonly entries: ReadonlyArray<{ readonly id: string, readonly at: string, readonly actorId: string | null, readonly action: string, readonly entityIds: ReadonlyArray<string>, readonly note: string | null, readonly items: ReadonlyArray<{ readonly id: string, readonly kind: string, readonly op: string }> }> } };

export type AllyList_AllyFragment = { readonly distanceKm: number, readonly hops: number | null, readonly score: number, readonly explanationDe: string, readonly sharedTopicIds: ReadonlyArray<string>, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }>, readonly node: { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null, readonly location: { readonly latitude: number, readonly longitude: number } | null }, readonly offers: ReadonlyArray<{ readonly kind: ResourceKind, readonly offer: { readonly id: string, readonly name: string } }> };

export type AccountMenu_AccountFragment = { readonly id: string, readonly email: string, readonly displayName: string, readonly role: Role, readonly actorIds: ReadonlyArray<string>, readonly regionIds: ReadonlyArray<string> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { readonly me: { readonly id: string, readonly email: string, readonly displayName: string, readonly role: Role, readonly actorIds: ReadonlyArray<string>, readonly regionIds: ReadonlyArray<string> } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { readonly login: { readonly token: string, readonly expiresAt: string, readonly account: { readonly id: string, readonly email: string, readonly displayName: string, readonly role: Role, readonly actorIds: ReadonlyArray<string>, readonly regionIds: ReadonlyArray<string> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { readonly logout: boolean };

export type BrokerList_BrokerFragment = { readonly betweenness: number, readonly constraint: number | null, readonly effectiveSize: number | null, readonly degree: number, readonly explanationDe: string, readonly node: { readonly id: string, readonly name: string, readonly sector: Sector | null }, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }>, readonly bridges: ReadonlyArray<{ readonly sectors: ReadonlyArray<Sector>, readonly openPairs: number }> };

export type CutPointList_CutPointFragment = { readonly cutOff: number, readonly parts: ReadonlyArray<number>, readonly explanationDe: string, readonly node: { readonly id: string, readonly name: string }, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }> };

export type ClusterCard_ClusterFragment = { readonly id: number, readonly size: number, readonly regionCount: number, readonly memberIds: ReadonlyArray<string>, readonly explanationDe: string, readonly topMembers: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }>, readonly themes: ReadonlyArray<{ readonly topicId: string, readonly share: number }>, readonly sectors: ReadonlyArray<{ readonly sector: Sector, readonly share: number }>, readonly regions: ReadonlyArray<{ readonly regionId: string, readonly share: number }> };

export type ThemeGraph_NetworkFragment = { readonly truncated: boolean, readonly nodes: ReadonlyArray<{ readonly topicId: string, readonly name: string, readonly actors: number }>, readonly edges: ReadonlyArray<{ readonly a: string, readonly b: string, readonly weight: number }> };

export type DuplicatePair_PairFragment = { readonly similarity: number, readonly sameName: boolean, readonly sameMunicipality: boolean, readonly distanceKm: number | null, readonly sharedContact: string | null, readonly a: { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly version: number, readonly properties: Readonly<Record<string, unknown>> }, readonly b: { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly version: number, readonly properties: Readonly<Record<string, unknown>> } };

export type PossibleDuplicatesQueryVariables = Exact<{
  regionId?: string | null | undefined;
  nodeId?: string | null | undefined;
}>;


export type PossibleDuplicatesQuery = { readonly possibleDuplicates: { readonly more: boolean, readonly truncated: boolean, readonly pairs: ReadonlyArray<{ readonly similarity: number, readonly sameName: boolean, readonly sameMunicipality: boolean, readonly distanceKm: number | null, readonly sharedContact: string | null, readonly a: { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly version: number, readonly properties: Readonly<Record<string, unknown>> }, readonly b: { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly version: number, readonly properties: Readonly<Record<string, unknown>> } }> } };

export type MergeNodesMutationVariables = Exact<{
  input: MergeNodesInput;
}>;


export type MergeNodesMutation = { readonly mergeNodes: { readonly removedId: string, readonly movedRelationships: number, readonly skippedRelationships: number, readonly takenProperties: ReadonlyArray<string>, readonly node: { readonly id: string, readonly name: string, readonly version: number } } };

export type NodeEditor_WrittenFragment = { readonly id: string, readonly label: NodeLabel, readonly name: string, readonly version: number, readonly description: string | null, readonly sector: Sector | null, readonly visibility: Visibility | null, readonly properties: Readonly<Record<string, unknown>>, readonly updatedAt: string, readonly location: { readonly latitude: number, readonly longitude: number } | null };

export type EditNodeQueryVariables = Exact<{
  id: string;
}>;


export type EditNodeQuery = { readonly node: { readonly id: string, readonly label: NodeLabel, readonly name: string, readonly version: number, readonly properties: Readonly<Record<string, unknown>> } | null };

export type UpdateNodeMutationVariables = Exact<{
  id: string;
  properties: Readonly<Record<string, unknown>>;
  expectedVersion: number;
}>;


export type UpdateNodeMutation = { readonly updateNode: { readonly id: string, readonly label: NodeLabel, readonly name: string, readonly version: number, readonly description: string | null, readonly sector: Sector | null, readonly visibility: Visibility | null, readonly properties: Readonly<Record<string, unknown>>, readonly updatedAt: string, readonly location: { readonly latitude: number, readonly longitude: number } | null } };

export type CreateNodeMutationVariables = Exact<{
  label: NodeLabel;
  properties: Readonly<Record<string, unknown>>;
}>;


export type CreateNodeMutation = { readonly createNode: { readonly id: string, readonly label: NodeLabel, readonly name: string, readonly version: number, readonly description: string | null, readonly sector: Sector | null, readonly visibility: Visibility | null, readonly properties: Readonly<Record<string, unknown>>, readonly updatedAt: string, readonly location: { readonly latitude: number, readonly longitude: number } | null } };

export type DeleteNodeMutationVariables = Exact<{
  id: string;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteNodeMutation = { readonly deleteNode: { readonly deletedNodeIds: ReadonlyArray<string> } };

export type CreateRelationshipMutationVariables = Exact<{
  type: RelationshipType;
  from: string;
  to: string;
  properties?: Readonly<Record<string, unknown>> | null | undefined;
}>;


export type CreateRelationshipMutation = { readonly createRelationship: { readonly id: string, readonly type: RelationshipType, readonly source: string, readonly target: string, readonly version: number } };

export type EditRelationshipsQueryVariables = Exact<{
  id: string;
}>;


export type EditRelationshipsQuery = { readonly neighbourhood: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly type: RelationshipType, readonly source: string, readonly target: string, readonly version: number, readonly properties: Readonly<Record<string, unknown>> }> } };

export type UpdateRelationshipMutationVariables = Exact<{
  type: RelationshipType;
  id: string;
  properties: Readonly<Record<string, unknown>>;
  expectedVersion: number;
}>;


export type UpdateRelationshipMutation = { readonly updateRelationship: { readonly id: string, readonly type: RelationshipType, readonly source: string, readonly target: string, readonly version: number, readonly properties: Readonly<Record<string, unknown>> } };

export type DeleteRelationshipMutationVariables = Exact<{
  type: RelationshipType;
  id: string;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteRelationshipMutation = { readonly deleteRelationship: { readonly deletedRelationshipIds: ReadonlyArray<string> } };

export type RegionPickerQueryVariables = Exact<{
  district: string;
}>;


export type RegionPickerQuery = { readonly neighbourhood: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string }> } };

export type FilterPanel_OptionsFragment = { readonly topics: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly name: string, readonly properties: Readonly<Record<string, unknown>> } }> }, readonly networks: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly name: string } }> }, readonly districts: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly location: { readonly latitude: number, readonly longitude: number } | null }> } };

export type FundingList_MatchFragment = { readonly deadline: string | null, readonly themeOpen: boolean, readonly explanationDe: string, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }>, readonly programme: { readonly id: string, readonly name: string, readonly properties: Readonly<Record<string, unknown>> } };

export type GapHeatmap_TableFragment = { readonly totalTies: number, readonly truncated: boolean, readonly sectorSizes: ReadonlyArray<{ readonly sector: Sector, readonly institutions: number }>, readonly cells: ReadonlyArray<{ readonly sectors: ReadonlyArray<Sector>, readonly observed: number, readonly expected: number, readonly ratio: number | null, readonly pValue: number, readonly underLinked: boolean, readonly verdict: GapVerdict, readonly test: { readonly pValue: number, readonly minimumPValue: number, readonly alpha: number }, readonly dataNeeded: { readonly additionalCooperations: number | null, readonly additionalInstitutions: number | null, readonly sector: Sector | null } | null, readonly pairs: ReadonlyArray<{ readonly a: { readonly id: string, readonly name: string }, readonly b: { readonly id: string, readonly name: string } }>, readonly brokers: ReadonlyArray<{ readonly openPairs: number, readonly node: { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null } }> }>, readonly pooled: { readonly institutions: number, readonly totalTies: number, readonly partners: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly cells: ReadonlyArray<{ readonly sectors: ReadonlyArray<Sector>, readonly observed: number, readonly expected: number, readonly verdict: GapVerdict, readonly test: { readonly pValue: number, readonly minimumPValue: number, readonly alpha: number } }> } | null };

export type SuggestionList_SuggestionFragment = { readonly score: number, readonly target: ReadonlyArray<Sector> | null, readonly explanationDe: string, readonly a: { readonly id: string, readonly name: string, readonly sector: Sector | null }, readonly b: { readonly id: string, readonly name: string, readonly sector: Sector | null }, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }> };

export type GrowthChart_GrowthFragment = { readonly regionId: string, readonly today: string, readonly undated: number, readonly startedEarlier: number, readonly introductions: number, readonly introductionsCooperating: number, readonly truncated: boolean, readonly years: ReadonlyArray<{ readonly year: number, readonly started: number, readonly startedCrossSector: number, readonly startedViaIntroduction: number, readonly ended: number, readonly activeAtEnd: number, readonly introduced: number }> };

export type IntroductionRow_IntroductionFragment = { readonly id: string, readonly status: IntroductionStatus, readonly nextStatuses: ReadonlyArray<IntroductionStatus>, readonly version: number, readonly source: IntroductionSource, readonly channel: IntroductionChannel | null, readonly note: string | null, readonly introducedOn: string | null, readonly actorLabel: NodeLabel, readonly tieId: string | null, readonly from: { readonly id: string, readonly name: string } | null, readonly to: { readonly id: string, readonly name: string } | null };

export type RecordIntroductionMutationVariables = Exact<{
  input: RecordIntroductionInput;
}>;


export type RecordIntroductionMutation = { readonly recordIntroduction: { readonly id: string, readonly status: IntroductionStatus, readonly nextStatuses: ReadonlyArray<IntroductionStatus>, readonly version: number, readonly source: IntroductionSource, readonly channel: IntroductionChannel | null, readonly note: string | null, readonly introducedOn: string | null, readonly actorLabel: NodeLabel, readonly tieId: string | null, readonly from: { readonly id: string, readonly name: string } | null, readonly to: { readonly id: string, readonly name: string } | null } };

export type MoveIntroductionMutationVariables = Exact<{
  input: MoveIntroductionInput;
}>;


export type MoveIntroductionMutation = { readonly moveIntroduction: { readonly id: string, readonly status: IntroductionStatus, readonly nextStatuses: ReadonlyArray<IntroductionStatus>, readonly version: number, readonly source: IntroductionSource, readonly channel: IntroductionChannel | null, readonly note: string | null, readonly introducedOn: string | null, readonly actorLabel: NodeLabel, readonly tieId: string | null, readonly from: { readonly id: string, readonly name: string } | null, readonly to: { readonly id: string, readonly name: string } | null } };

export type IntroductionListQueryVariables = Exact<{
  regionId?: string | null | undefined;
  myRegions: boolean;
  openOnly: boolean;
}>;


export type IntroductionListQuery = { readonly introductions: { readonly hasNextPage: boolean, readonly introductions: ReadonlyArray<{ readonly id: string, readonly status: IntroductionStatus, readonly nextStatuses: ReadonlyArray<IntroductionStatus>, readonly version: number, readonly source: IntroductionSource, readonly channel: IntroductionChannel | null, readonly note: string | null, readonly introducedOn: string | null, readonly actorLabel: NodeLabel, readonly tieId: string | null, readonly from: { readonly id: string, readonly name: string } | null, readonly to: { readonly id: string, readonly name: string } | null }> } };

export type IntroductionActorQueryVariables = Exact<{
  id: string;
}>;


export type IntroductionActorQuery = { readonly node: { readonly id: string, readonly name: string, readonly label: NodeLabel } | null };

export type NetworkMap_GraphFragment = { readonly truncated: boolean, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null, readonly location: { readonly latitude: number, readonly longitude: number } | null }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly type: RelationshipType, readonly source: string, readonly target: string }> };

export type NetworkLinkList_LinkFragment = { readonly weight: number, readonly sharedMemberIds: ReadonlyArray<string>, readonly sharedTopicIds: ReadonlyArray<string>, readonly goodPracticeProjectIds: ReadonlyArray<string>, readonly explanationDe: string, readonly a: { readonly id: string, readonly name: string }, readonly b: { readonly id: string, readonly name: string }, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }> };

export type NetworkTable_NetworkFragment = { readonly members: number, readonly topicIds: ReadonlyArray<string>, readonly node: { readonly id: string, readonly name: string } };

export type NodeDetails_NodeFragment = { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null, readonly description: string | null, readonly properties: Readonly<Record<string, unknown>> };

export type NodeDetails_GraphFragment = { readonly truncated: boolean, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null, readonly properties: Readonly<Record<string, unknown>> }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly type: RelationshipType, readonly source: string, readonly target: string, readonly properties: Readonly<Record<string, unknown>> }> };

export type NodeTable_NodeFragment = { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null };

export type ProposalFormQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalFormQuery = { readonly proposalFormToken: string, readonly topics: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly name: string } }> } };

export type SubmitProposalMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type SubmitProposalMutation = { readonly submitProposal: { readonly id: string, readonly status: ProposalStatus } };

export type ProposalCard_ProposalFragment = { readonly id: string, readonly kind: ProposalKind, readonly status: ProposalStatus, readonly title: string, readonly version: number, readonly reason: string | null, readonly contactEmail: string | null, readonly createdAt: string, readonly target: { readonly id: string, readonly name: string } | null, readonly duplicates: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly payload: { readonly label: NodeLabel, readonly properties: Readonly<Record<string, unknown>>, readonly region: { readonly id: string, readonly name: string } | null, readonly topics: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly offers: ReadonlyArray<{ readonly name: string, readonly kind: string }>, readonly needs: ReadonlyArray<{ readonly name: string, readonly kind: string }> } };

export type ProposalQueueQueryVariables = Exact<{
  regionId?: string | null | undefined;
  myRegions: boolean;
  status?: ProposalStatus | null | undefined;
}>;


export type ProposalQueueQuery = { readonly proposals: { readonly hasNextPage: boolean, readonly proposals: ReadonlyArray<{ readonly id: string, readonly kind: ProposalKind, readonly status: ProposalStatus, readonly title: string, readonly version: number, readonly reason: string | null, readonly contactEmail: string | null, readonly createdAt: string, readonly target: { readonly id: string, readonly name: string } | null, readonly duplicates: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly payload: { readonly label: NodeLabel, readonly properties: Readonly<Record<string, unknown>>, readonly region: { readonly id: string, readonly name: string } | null, readonly topics: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly offers: ReadonlyArray<{ readonly name: string, readonly kind: string }>, readonly needs: ReadonlyArray<{ readonly name: string, readonly kind: string }> } }> } };

export type PendingProposalCountQueryVariables = Exact<{
  myRegions: boolean;
}>;


export type PendingProposalCountQuery = { readonly pendingProposalCount: number };

export type ApproveProposalMutationVariables = Exact<{
  input: ApproveProposalInput;
}>;


export type ApproveProposalMutation = { readonly approveProposal: { readonly id: string, readonly kind: ProposalKind, readonly status: ProposalStatus, readonly title: string, readonly version: number, readonly reason: string | null, readonly contactEmail: string | null, readonly createdAt: string, readonly target: { readonly id: string, readonly name: string } | null, readonly duplicates: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly payload: { readonly label: NodeLabel, readonly properties: Readonly<Record<string, unknown>>, readonly region: { readonly id: string, readonly name: string } | null, readonly topics: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly offers: ReadonlyArray<{ readonly name: string, readonly kind: string }>, readonly needs: ReadonlyArray<{ readonly name: string, readonly kind: string }> } } };

export type RejectProposalMutationVariables = Exact<{
  input: RejectProposalInput;
}>;


export type RejectProposalMutation = { readonly rejectProposal: { readonly id: string, readonly kind: ProposalKind, readonly status: ProposalStatus, readonly title: string, readonly version: number, readonly reason: string | null, readonly contactEmail: string | null, readonly createdAt: string, readonly target: { readonly id: string, readonly name: string } | null, readonly duplicates: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly payload: { readonly label: NodeLabel, readonly properties: Readonly<Record<string, unknown>>, readonly region: { readonly id: string, readonly name: string } | null, readonly topics: ReadonlyArray<{ readonly id: string, readonly name: string }>, readonly offers: ReadonlyArray<{ readonly name: string, readonly kind: string }>, readonly needs: ReadonlyArray<{ readonly name: string, readonly kind: string }> } } };

export type UrbanRural_FiguresFragment = { readonly actors: number, readonly institutions: number, readonly population: number | null, readonly actorsPer10k: number | null, readonly ties: number, readonly internalTies: number, readonly crossSectorTies: number, readonly crossSectorShare: number | null, readonly density: number | null, readonly newTies: number, readonly newCrossSectorTies: number };

export type RegionTable_RowFragment = { readonly level: string, readonly urban: boolean, readonly actors: number, readonly institutions: number, readonly population: number | null, readonly actorsPer10k: number | null, readonly ties: number, readonly internalTies: number, readonly crossSectorTies: number, readonly crossSectorShare: number | null, readonly density: number | null, readonly newTies: number, readonly newCrossSectorTies: number, readonly region: { readonly id: string, readonly name: string } };

export type ResourceMatchList_MatchFragment = { readonly kind: ResourceKind, readonly score: number, readonly distanceKm: number | null, readonly explanationDe: string, readonly reasons: ReadonlyArray<{ readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null }>, readonly need: { readonly id: string, readonly name: string }, readonly needOwner: { readonly id: string, readonly name: string, readonly label: NodeLabel }, readonly offer: { readonly id: string, readonly name: string }, readonly offerOwner: { readonly id: string, readonly name: string, readonly label: NodeLabel } };

export type UnmatchedResourceList_ItemFragment = { readonly kind: ResourceKind, readonly resource: { readonly id: string, readonly name: string }, readonly owner: { readonly id: string, readonly name: string } };

export type Suggestions_NodeFragment = { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null };

export type SearchBoxQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type SearchBoxQuery = { readonly search: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly name: string, readonly label: NodeLabel, readonly sector: Sector | null } }> } };

export type ChosenNodeQueryVariables = Exact<{
  id: string;
}>;


export type ChosenNodeQuery = { readonly node: { readonly id: string, readonly name: string } | null };

export type StatsSectionQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsSectionQuery = { readonly stats: { readonly nodes: ReadonlyArray<{ readonly label: NodeLabel, readonly count: number }>, readonly relationships: ReadonlyArray<{ readonly type: RelationshipType, readonly count: number }> } };

export type StatsSummary_StatsFragment = { readonly nodes: ReadonlyArray<{ readonly label: NodeLabel, readonly count: number }>, readonly relationships: ReadonlyArray<{ readonly type: RelationshipType, readonly count: number }> };

export type WithdrawConsentMutationVariables = Exact<{
  personId: string;
}>;


export type WithdrawConsentMutation = { readonly withdrawConsent: { readonly id: string, readonly valid: boolean, readonly consentWithdrawnOn: string | null } };

export type OwnPersonDataQueryVariables = Exact<{
  id: string;
}>;


export type OwnPersonDataQuery = { readonly personData: { readonly truncated: boolean, readonly node: { readonly id: string, readonly label: NodeLabel, readonly name: string, readonly properties: Readonly<Record<string, unknown>> }, readonly relationships: ReadonlyArray<{ readonly id: string, readonly type: RelationshipType, readonly source: string, readonly target: string, readonly properties: Readonly<Record<string, unknown>> }>, readonly related: ReadonlyArray<{ readonly id: string, readonly label: NodeLabel, readonly name: string }>, readonly audit: ReadonlyArray<{ readonly at: string, readonly action: string, readonly items: ReadonlyArray<{ readonly op: string, readonly kind: string, readonly id: string, readonly properties: ReadonlyArray<string> }> }> } };

export type ErasePersonMutationVariables = Exact<{
  id: string;
}>;


export type ErasePersonMutation = { readonly erasePerson: { readonly deletedNodeIds: ReadonlyArray<string> } };

export type PersonsWithoutConsentQueryVariables = Exact<{
  regionId?: string | null | undefined;
}>;


export type PersonsWithoutConsentQuery = { readonly personsWithoutConsent: { readonly truncated: boolean, readonly persons: ReadonlyArray<{ readonly id: string, readonly name: string, readonly consentDate: string | null, readonly consentWithdrawnOn: string | null }> } };

export type RecordConsentMutationVariables = Exact<{
  personId: string;
  consentDate: string;
  purpose: ConsentPurpose;
}>;


export type RecordConsentMutation = { readonly recordConsent: { readonly id: string, readonly valid: boolean } };

export type TieProposalRow_TieProposalFragment = { readonly id: string, readonly status: TieProposalStatus, readonly decisions: ReadonlyArray<TieProposalStatus>, readonly version: number, readonly type: RelationshipType, readonly actorLabel: NodeLabel, readonly note: string | null, readonly proposedAt: string, readonly decidedAt: string | null, readonly from: { readonly id: string, readonly name: string } | null, readonly to: { readonly id: string, readonly name: string } | null };

export type MyAreaQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAreaQuery = { readonly me: { readonly id: string, readonly actors: ReadonlyArray<{ readonly id: string, readonly name: string, readonly label: NodeLabel }> } | null, readonly myConsent: ReadonlyArray<{ readonly id: string, readonly name: string, readonly consentDate: string | null, readonly consentPurpose: ConsentPurpose | null, readonly consentWithdrawnOn: string | null, readonly valid: boolean }>, readonly myTieProposals: { readonly tieProposals: ReadonlyArray<{ readonly id: string, readonly status: TieProposalStatus, readonly decisions: ReadonlyArray<TieProposalStatus>, readonly version: number, readonly type: RelationshipType, readonly actorLabel: NodeLabel, readonly note: string | null, readonly proposedAt: string, readonly decidedAt: string | null, readonly from: { readonly id: string, readonly name: string } | null, readonly to: { readonly id: string, readonly name: string } | null }> } };

export type RegionTieProposalsQueryVariables = Exact<{
  regionId?: string | null | undefined;
  myRegions: boolean;
}>;


export type RegionTieProposalsQuery = { readonly tieProposals: { readonly tieProposals: ReadonlyArray<{ readonly id: string, readonly status: TieProposalStatus, readonly decisions: ReadonlyArray<TieProposalStatus>, readonly version: number, readonly type: RelationshipType, readonly actorLabel: NodeLabel, readonly note: string | null, readonly proposedAt: string, readonly decidedAt: string | null, readonly from: { readonly id: string, readonly name: string } | null, readonly to: { readonly id: string, readonly name: string } | null }> } };

export type ProposeTieMutationVariables = Exact<{
  input: ProposeTieInput;
}>;


export type ProposeTieMutation = { readonly proposeTie: { readonly id: string, readonly status: TieProposalStatus, readonly decisions: ReadonlyArray<TieProposalStatus>, readonly version: number, readonly type: RelationshipType, readonly actorLabel: NodeLabel, readonly note: string | null, readonly proposedAt: string, readonly decidedAt: string | null, readonly from: { readonly id: string, readonly name: string } | null, readonly to: { readonly id: string, readonly name: string } | null } };

export type DecideTieMutationVariables = Exact<{
  input: DecideTieInput;
}>;


export type DecideTieMutation = { readonly decideTie: { readonly id: string, readonly status: TieProposalStatus, readonly decisions: ReadonlyArray<TieProposalStatus>, readonly version: number, readonly type: RelationshipType, readonly actorLabel: NodeLabel, readonly note: string | null, readonly proposedAt: string, readonly decidedAt: string | null, readonly from: { readonly id: string, readonly name: string } | null, readonly to: { readonly id: string, readonly name: string } | null } };

export type Explanation_ReasonFragment = { readonly kind: ReasonKind, readonly actors: number | null, readonly actorsPer10k: number | null, readonly averageCount: number | null, readonly count: number | null, readonly counts: ReadonlyArray<number> | null, readonly crossSectorShare: number | null, readonly date: string | null, readonly expected: number | null, readonly ids: ReadonlyArray<string> | null, readonly km: number | null, readonly observed: number | null, readonly openPairs: number | null, readonly projectIds: ReadonlyArray<string> | null, readonly resourceIds: ReadonlyArray<string> | null, readonly resourceKind: ResourceKind | null, readonly sectors: ReadonlyArray<Sector> | null, readonly topicIds: ReadonlyArray<string> | null, readonly topicShares: ReadonlyArray<number> | null, readonly via: ReadonlyArray<string> | null };
