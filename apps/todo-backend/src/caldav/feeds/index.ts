export { type FeedDeps, registerFeedApiRoutes, registerFeedRoutes } from './feed-routes.ts';
