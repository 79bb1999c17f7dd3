import { AtRiskList, FollowUps } from '@/components/HomeLists';

const SHOWN = 5;

/** With no conversation open, the sidebar is still useful: who to get back to today, and who is slipping away. */
export function HomeView() {
  return (
    <>
      <FollowUps limit={SHOWN} />
      <AtRiskList limit={SHOWN} />
    </>
  );
}
