// Rule 59 `reply-slip-return-to`: a reply slip that does not say where to hand it back. WCAG 2.2
// SC 3.3.2 (Labels or Instructions): a form needs its instructions, and a slip cut off from its
// letter keeps only what is printed on it.
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_reply_slip_return_to(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::ReplySlip || !block.slip) return;
    if (block.slip->return_to && !block.slip->return_to->empty()) return;
    reporter.report(block.loc, "reply slip does not say where to return it",
                    "add <return-to>Please return this slip to …, by …</return-to>");
  });
}

}  // namespace

extern const Rule kReplySlipReturnTo{
    59, "reply-slip-return-to", Severity::Warning, "3.3.2",
    "a reply slip says where and when to return it",
    "Reports a <reply-slip> without a <return-to> instruction (or with an empty one). Once the slip "
    "is cut off, the letter that said where it goes is gone: the slip must carry its own "
    "instruction (WCAG 2.2 SC 3.3.2 Labels or Instructions). Fix: add <return-to>, e.g. \"Please "
    "return this slip to the school office by Friday 12 June.\"",
    &check_reply_slip_return_to,
};

}  // namespace handout::rules
