package ps.rasd.identity.rest;

import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.identity.AccountCreated;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.CursorPage;
import ps.rasd.shared.CursorRequest;
import ps.rasd.shared.Paging;

/** Account administration as JSON, for administrators (provisioning many monitors at once, for instance). */
@RestController
@RequestMapping(path = "/api/v1/admin/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountRestController {

	private final IdentityManagement identity;

	private final Paging paging;

	AccountRestController(IdentityManagement identity, Paging paging) {
		this.identity = identity;
		this.paging = paging;
	}

	/**
	 * Accounts one page at a time: {@code cursor} from the previous page, {@code sort} {@code username} (default) or
	 * {@code -username}, {@code enabled} to keep enabled (or disabled) accounts only.
	 */
	@GetMapping
	CursorPage<AccountSummary> list(@RequestParam(required = false) Boolean enabled,
			@Parameter(description = "The next page's cursor, from the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "username (default), -username") @RequestParam(required = false) String sort,
			@Parameter(description = "Page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit) {
		Map<String, Object> filters = new java.util.TreeMap<>();
		filters.put("enabled", enabled);
		CursorRequest request = paging.request(cursor, sort, limit, 200, IdentityManagement.ACCOUNT_SORTS, filters);
		return paging.page(identity.accounts(enabled, request), request, AccountSummary::username,
				AccountSummary::id);
	}

	/** Creates the account; the answer carries its one-time password, which is never shown again. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AccountCreatedResource create(@Valid @RequestBody NewAccountRequest request) {
		AccountCreated created = identity.create(request.username(), request.details());
		return new AccountCreatedResource(created.account(), created.oneTimePassword());
	}

	/**
	 * @param account the new account
	 * @param oneTimePassword its one-time password
	 */
	record AccountCreatedResource(AccountSummary account, String oneTimePassword) {
	}
}
