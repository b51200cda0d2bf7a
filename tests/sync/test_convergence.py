"""Members editing proposals, comments and statuses at once converge, in any order of sync."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delegate_editor.model.comments import Comment
from delegate_editor.model.negotiation import ParagraphStatus, ProposalKind, paragraph_text
from delegate_editor.model.proposals import edits_between, words_proposal
from delegate_editor.model.serialize import to_dict
from delegate_editor.sync.shared import SharedDraft

MEMBERS = ("Mexico", "EU", "Egypt on behalf of NAM")  # the first is the penholder
# real wording from A/80/L.13's paragraphs, as delegates comment on and propose for them
WORDS = ("upcoming", "entry into force", "Preparatory Commission", "first and second sessions")
STATUSES = tuple(ParagraphStatus)

edit = st.tuples(
    st.integers(0, len(MEMBERS) - 1),  # who
    st.sampled_from(("comment", "status", "proposal", "support")),
    st.integers(0, 11),  # which operative paragraph
    st.integers(0, len(WORDS) - 1),
    st.integers(0, len(STATUSES) - 1),
)
sync = st.tuples(st.integers(0, len(MEMBERS) - 1), st.integers(0, len(MEMBERS) - 1))
step = st.one_of(edit.map(lambda e: ("edit", e)), sync.map(lambda s: ("sync", s)))


def _edit(replica: SharedDraft, who: str, action: str, para: int, word: int, status: int) -> None:
    before = replica.draft()
    after = copy.deepcopy(before)
    node = after.operative[para]
    if action == "comment":
        after.comments.append(Comment(node.id, f"What does '{WORDS[word]}' cover here?", who))
    elif action == "status":
        after.negotiation.set_status(node.id, STATUSES[status])
    elif action == "proposal":
        text = paragraph_text(node)  # add the words before the paragraph's final mark
        new = f"{text[:-1]}, including the {WORDS[word]}{text[-1:]}"
        after.negotiation.proposals.append(words_proposal(node, edits_between(text, new), [who]))
    elif after.negotiation.proposals:  # support the latest proposal
        proposal = after.negotiation.proposals[-1]
        if who not in proposal.supporters and who not in proposal.authors:
            proposal.supporters.append(who)
    replica.publish(before, after, who)


def _start(l13) -> list[SharedDraft]:
    penholder = SharedDraft.start(l13, MEMBERS[0])
    others = [SharedDraft() for _ in MEMBERS[1:]]
    for other in others:
        other.receive(penholder.update())
    return [penholder, *others]


def _settle(replicas: list[SharedDraft]) -> None:
    for a in replicas:
        for b in replicas:
            if a is not b:
                b.receive(a.update())


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, max_size=12), members=st.integers(2, 3))
def test_two_and_three_members_converge(l13, steps, members):
    replicas = _start(l13)[:members]
    made = 0
    for kind, args in steps:
        if kind == "edit":
            who, action, para, word, status = args
            who %= members
            _edit(replicas[who], MEMBERS[who], action, para, word, status)
            made += action != "support"
        else:
            a, b = args[0] % members, args[1] % members
            replicas[b].receive(replicas[a].update())
    _settle(replicas)
    first = to_dict(replicas[0].draft())
    assert all(to_dict(r.draft()) == first for r in replicas[1:])
    draft = replicas[0].draft()
    kept = len(draft.comments) + len(draft.negotiation.proposals)
    assert kept == sum(1 for k, a in steps if k == "edit" and a[1] in ("comment", "proposal"))


def test_a_member_offline_for_many_edits_merges_without_loss(l13):
    mexico, eu, nam = _start(l13)
    for i in range(40):  # the EU works on the plane: forty edits, no connection
        _edit(eu, "EU", ("comment", "proposal", "status")[i % 3], i % 12, i % len(WORDS), i % len(STATUSES))
    for i in range(10):  # meanwhile the others go on
        _edit(mexico, "Mexico", "comment", i, 0, 0)
        _edit(nam, "Egypt on behalf of NAM", "proposal", i, 1, 0)
    _settle([mexico, eu, nam])
    drafts = [r.draft() for r in (mexico, eu, nam)]
    assert to_dict(drafts[0]) == to_dict(drafts[1]) == to_dict(drafts[2])
    draft = drafts[0]
    by = [c.author for c in draft.comments]
    assert by.count("EU") == 14 and by.count("Mexico") == 10
    authors = [p.authors[0] for p in draft.negotiation.proposals]
    assert authors.count("EU") == 13 and authors.count("Egypt on behalf of NAM") == 10
    assert all(p.kind is ProposalKind.WORDS for p in draft.negotiation.proposals)
