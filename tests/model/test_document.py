from delegate_editor.model import Annex, AnnexParagraph, Draft, Operative, Preambular, SubParagraph, rich


def test_word_count_covers_every_depth_and_the_annexes():
    draft = Draft(
        title=rich("Two words"),
        preamble=[Preambular("Recalling also", rich("its resolution"))],
        operative=[
            Operative(
                "Requests",
                rich("the Secretary-General:"),
                subs=[
                    SubParagraph(rich("To report;"), children=[SubParagraph(rich("On one thing;"))]),
                ],
            )
        ],
        annexes=[Annex(rich("Plan of action"), [AnnexParagraph(rich("Body text here"))])],
    )
    # title 2, preamble 2 + 2, operative 1 + 2, sub-paragraphs 2 + 3, annex 3 + 3
    assert draft.word_count() == 20
