// The standalone bundle: every tag registered, and the public classes and types exported,
// for a page that embeds the package with one `<script type="module">` and no bundler.
import './define.js';

export * from './index.js';
