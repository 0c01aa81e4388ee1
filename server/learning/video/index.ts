export { analyzeVideo, passagesOf, type VideoAnalysis } from './analyze';
