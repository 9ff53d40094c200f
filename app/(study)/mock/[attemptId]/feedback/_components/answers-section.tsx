import { AnswerTabs } from '@/components/mock/answer-tabs';
import { Markdown } from '@/components/ui/markdown';
import { Panel } from '@/components/ui/panel';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import type { MockFeedbackView } from '@/lib/server/queries/get-mock-feedback';
import { FeedbackSection } from './feedback-parts';

/** The learner's answer beside the prompt's great and average model answers. */
export function AnswersSection({
  answer,
  modelAnswers,
}: {
  answer: string;
  modelAnswers: MockFeedbackView['prompt']['modelAnswers'];
}) {
  return (
    <FeedbackSection id="answers-heading" title="Your answer beside the model answers">
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel>
          <h3 className="mb-3 font-semibold">Your answer</h3>
          {answer.trim() ? (
            <div data-testid="your-answer">
              <Markdown className="text-sm" html={markdownToSafeHtml(answer)} />
            </div>
          ) : (
            <p className="text-fg-muted">(empty)</p>
          )}
        </Panel>
        <Panel>
          <h3 className="mb-3 font-semibold">Model answers</h3>
          {modelAnswers ? (
            <AnswerTabs
              label="Model answers"
              tabs={[
                { id: 'great', title: 'Great answer', markdown: modelAnswers.great },
                { id: 'average', title: 'Average answer', markdown: modelAnswers.average },
              ].map((tab) => ({
                id: tab.id,
                title: tab.title,
                content: <Markdown className="text-sm" html={markdownToSafeHtml(tab.markdown)} />,
              }))}
            />
          ) : (
            <p className="text-fg-muted">This prompt is no longer in the library.</p>
          )}
        </Panel>
      </div>
    </FeedbackSection>
  );
}
